package cn.safetymonth.hazard;

import cn.safetymonth.audit.AuditActor;
import cn.safetymonth.audit.AuditKind;
import cn.safetymonth.audit.AuditLog;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.identity.WorkerBrief;
import cn.safetymonth.identity.WorkerDirectory;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who reported a hazard, as only reviewers who may know the reporter see it ({@link HazardAccess}): masked, with the
 * union at the time. The only place the identity leaves the service, and every time it does, the audit log says who
 * saw it, when, from where and for which report.
 */
@Component
class HazardReporters {

    static final String SUBJECT = "hazard-report";

    private final WorkerDirectory workers;
    private final UnionDirectory unions;
    private final AuditLog audit;

    HazardReporters(WorkerDirectory workers, UnionDirectory unions, AuditLog audit) {
        this.workers = workers;
        this.unions = unions;
        this.audit = audit;
    }

    HazardWeb.ReporterView view(HazardReportEntity r, AdminPrincipal viewer) {
        WorkerBrief brief = workers.briefs(List.of(r.getReporterId())).get(r.getReporterId());
        String union = r.getUnionId() == null ? "社会公众" : unions.find(r.getUnionId()).map(UnionRef::name).orElse(null);
        audit.record(AuditKind.REPORTER_VIEWED, AuditActor.of(viewer), SUBJECT, r.getId(), "举报人（脱敏）");
        return new HazardWeb.ReporterView(brief == null ? null : brief.maskedName(), brief == null ? null : brief.maskedPhone(), union);
    }
}
