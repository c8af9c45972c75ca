package cn.safetymonth.identity;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import cn.safetymonth.org.MembershipService;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roster a union admin sees: members from org, their masked details from here. It carries no time of day: in one
 * workplace, "joined at 10:30" next to a report submitted at 10:32 is a name.
 */
@Service
class MemberQueryService {

    private final UnionDirectory directory;
    private final MembershipService memberships;
    private final WorkerMapper workers;

    MemberQueryService(UnionDirectory directory, MembershipService memberships, WorkerMapper workers) {
        this.directory = directory;
        this.memberships = memberships;
        this.workers = workers;
    }

    PageResult<IdentityWeb.MemberResp> list(AdminPrincipal admin, long unionId, boolean subtree, PageQuery page) {
        UnionRef union = directory.requireInScope(admin, unionId);
        var members = memberships.members(union, subtree, page.pageOrDefault(), page.sizeOrDefault());
        Map<Long, WorkerEntity> byId = workers.findByIds(members.getRecords().stream().map(MembershipService.Member::workerId).toList())
                .stream().collect(Collectors.toMap(WorkerEntity::getId, Function.identity()));
        Map<Long, UnionRef> unions = directory.findAll(members.getRecords().stream().map(MembershipService.Member::unionId).distinct().toList());
        return PageResult.of(members, m -> {
            WorkerEntity w = byId.get(m.workerId());
            UnionRef u = unions.get(m.unionId());
            return new IdentityWeb.MemberResp(m.workerId(), w == null ? null : w.shownName(),
                    w == null ? null : Masking.phone(w.getPhone()), m.unionId(), u == null ? null : u.name(), m.joinedAt().toLocalDate());
        });
    }
}
