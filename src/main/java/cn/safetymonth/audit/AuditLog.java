package cn.safetymonth.audit;

import cn.safetymonth.common.web.ClientAddress;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The staff audit log: who did what, to which record, when and from which client address, appended and never changed.
 * Other modules call {@link #record}; the client address is read from the request being served. A line that cannot be
 * written fails the caller: a view of a reporter's identity that leaves no trace must not happen.
 */
@Service
public class AuditLog {

    private static final int DETAIL_MAX = 200;

    private final AuditMapper entries;
    private final Clock clock;

    AuditLog(AuditMapper entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * @param subjectType what the act was about ({@code "admin-account"}, {@code "hazard-report"}), or null
     * @param detail      a short description for the reader of the log; never personal data
     */
    public void record(AuditKind kind, AuditActor actor, String subjectType, Long subjectId, String detail) {
        AuditEntryEntity e = new AuditEntryEntity();
        e.setAt(LocalDateTime.now(clock));
        e.setKind(kind.name());
        e.setActorAccountId(actor.accountId());
        e.setActorUsername(actor.username());
        e.setActorUnionId(actor.unionId());
        e.setActorUnionPath(actor.unionPath());
        e.setSubjectType(subjectType);
        e.setSubjectId(subjectId);
        e.setDetail(detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…");
        e.setClientAddress(ClientAddress.current());
        entries.append(e);
    }
}
