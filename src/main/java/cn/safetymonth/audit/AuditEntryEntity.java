package cn.safetymonth.audit;

import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** One line of the staff audit log. Written once, never changed: it has no audit columns of its own. */
@Getter
@Setter
class AuditEntryEntity {
    private Long id;
    private LocalDateTime at;
    private String kind;
    private Long actorAccountId;
    private String actorUsername;
    private Long actorUnionId;
    private String actorUnionPath;
    private String subjectType;
    private Long subjectId;
    private String detail;
    private String clientAddress;
}
