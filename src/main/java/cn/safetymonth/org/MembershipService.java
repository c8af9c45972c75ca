package cn.safetymonth.org;

import cn.safetymonth.common.auth.Principals;
import cn.safetymonth.common.limit.LimitExceeded;
import cn.safetymonth.common.limit.RateLimits;
import cn.safetymonth.common.persistence.Batches;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Workers joining, moving between and leaving grassroots unions, with the history kept. */
@Service
public class MembershipService {

    private final UnionMapper unions;
    private final MembershipMapper memberships;
    private final UnionDirectory directory;
    private final TransactionTemplate tx;
    private final RateLimits limits;
    private final OrgProperties props;
    private final Clock clock;

    MembershipService(UnionMapper unions, MembershipMapper memberships, UnionDirectory directory,
                      TransactionTemplate tx, RateLimits limits, OrgProperties props, Clock clock) {
        this.unions = unions;
        this.memberships = memberships;
        this.directory = directory;
        this.tx = tx;
        this.limits = limits;
        this.props = props;
        this.clock = clock;
    }

    /** A worker's membership, as other modules see it. */
    public record Membership(UnionRef union, LocalDateTime joinedAt, LocalDateTime leftAt) {
    }

    /** The union the worker belongs to now; empty means 社会公众 (the public). */
    public Optional<Membership> current(long workerId) {
        return Optional.ofNullable(memberships.current(workerId)).flatMap(this::toMembership);
    }

    public List<Membership> history(long workerId) {
        List<MembershipEntity> rows = memberships.history(workerId);
        Map<Long, UnionRef> byId = directory.findAll(rows.stream().map(MembershipEntity::getUnionId).distinct().toList());
        return rows.stream().map(m -> new Membership(byId.get(m.getUnionId()), m.getJoinedAt(), m.getLeftAt())).toList();
    }

    public UnionRef previewJoinCode(long workerId, String typed) {
        return findJoinable(workerId, typed);
    }

    /**
     * Joins the union behind the code, leaving the current one if it differs. Idempotent: joining the
     * union one is already in changes nothing, and a double tap creates one membership.
     */
    public Membership join(long workerId, String typedCode) {
        UnionRef target = findJoinable(workerId, typedCode);
        try {
            return tx.execute(s -> switchTo(workerId, target));
        } catch (DuplicateKeyException | LostRace e) {
            // another request of the same worker won the race; if it joined the same union, so did we.
            // Read after our transaction ended: inside it, REPEATABLE READ would still show the old row.
            Membership now = current(workerId).orElseThrow(OrgErrorCodes.MEMBERSHIP_CHANGED::exception);
            if (now.union().id() != target.id()) {
                throw OrgErrorCodes.MEMBERSHIP_CHANGED.exception();
            }
            return now;
        }
    }

    /** Leaves the current union and plays on as 社会公众. */
    @Transactional
    public void leave(long workerId) {
        MembershipEntity current = memberships.current(workerId);
        if (current == null) {
            throw OrgErrorCodes.NOT_A_MEMBER.exception();
        }
        if (memberships.close(current.getId(), LocalDateTime.now(clock), actor()) == 0) {
            throw OrgErrorCodes.MEMBERSHIP_CHANGED.exception();
        }
    }

    /** Another request of the same worker changed the membership while we were switching. */
    private static final class LostRace extends RuntimeException {
        LostRace() {
            super(null, null, false, false);
        }
    }

    private Membership switchTo(long workerId, UnionRef target) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        MembershipEntity current = memberships.current(workerId);
        if (current != null) {
            if (current.getUnionId() == target.id()) {
                return new Membership(target, current.getJoinedAt(), null);
            }
            if (memberships.close(current.getId(), now, actor()) == 0) {
                throw new LostRace(); // someone closed it first: join() looks at what they did
            }
        }
        MembershipEntity row = new MembershipEntity();
        row.setWorkerId(workerId);
        row.setUnionId(target.id());
        row.setJoinedAt(now);
        row.setActive(1);
        memberships.insert(row);
        return new Membership(target, now, null);
    }

    /**
     * A worker has {@code safety.org.join-code-tries} wrong codes an hour (preview and join alike), so six characters
     * cannot be walked through. The try is taken before the lookup, so concurrent guesses are counted too, and given back
     * when the code led to a union one can join.
     */
    private UnionRef findJoinable(long workerId, String typed) {
        limits.tryTake(TRIES, workerId, props.joinCodeTries()).ifPresent(wait -> {
            throw new LimitExceeded(OrgErrorCodes.JOIN_CODE_TRIES, OrgErrorCodes.JOIN_CODE_TRIES.msg(), wait);
        });
        String code = JoinCodes.normalize(typed);
        UnionEntity union = code == null ? null : unions.findByJoinCode(code);
        if (union == null) {
            throw OrgErrorCodes.JOIN_CODE_INVALID.exception();
        }
        if (!union.getType().grassroots()) {
            throw OrgErrorCodes.NOT_GRASSROOTS.exception();
        }
        limits.giveBack(TRIES, workerId, props.joinCodeTries());
        return union.toRef();
    }

    private static final String TRIES = "join-code-tries";

    private Optional<Membership> toMembership(MembershipEntity m) {
        return directory.find(m.getUnionId()).map(u -> new Membership(u, m.getJoinedAt(), m.getLeftAt()));
    }

    private static String actor() {
        String actor = Principals.currentActor();
        return actor == null ? "system" : actor;
    }

    /** Current members of one node or of its whole subtree, newest first: for the admins' roster pages. */
    public IPage<Member> members(UnionRef union, boolean subtree, long page, long size) {
        Page<MembershipEntity> query = Page.of(page, size);
        IPage<MembershipEntity> rows = subtree
                ? memberships.currentMembersUnder(query, union.path())
                : memberships.currentMembersOf(query, union.id());
        return rows.convert(m -> new Member(m.getWorkerId(), m.getUnionId(), m.getJoinedAt()));
    }

    /** How many workers belong now to the node or anywhere below it: the denominator of a participation rate. */
    public long countMembersUnder(UnionRef union) {
        return memberships.countCurrentMembersUnder(union.path());
    }

    /** How many of these workers belong now to the node or below it: who of those who took part are its members. */
    public long countMembersUnderAmong(UnionRef union, Collection<Long> workerIds) {
        long n = 0;
        for (List<Long> part : Batches.of(new ArrayList<>(workerIds))) {
            n += memberships.countCurrentMembersUnderAmong(union.path(), part);
        }
        return n;
    }

    public record Member(long workerId, long unionId, LocalDateTime joinedAt) {
    }
}
