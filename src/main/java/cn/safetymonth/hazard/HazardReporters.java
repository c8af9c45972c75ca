package cn.safetymonth.hazard;

import cn.safetymonth.identity.WorkerBrief;
import cn.safetymonth.identity.WorkerDirectory;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Component;

import java.util.List;

/** Who reported a hazard, as only reviewers of the reporting union may see it: masked, with the union at the time. */
@Component
class HazardReporters {

    private final WorkerDirectory workers;
    private final UnionDirectory unions;

    HazardReporters(WorkerDirectory workers, UnionDirectory unions) {
        this.workers = workers;
        this.unions = unions;
    }

    HazardWeb.ReporterView view(HazardReportEntity r) {
        WorkerBrief brief = workers.briefs(List.of(r.getReporterId())).get(r.getReporterId());
        String union = r.getUnionId() == null ? "社会公众" : unions.find(r.getUnionId()).map(UnionRef::name).orElse(null);
        return new HazardWeb.ReporterView(brief == null ? null : brief.maskedName(), brief == null ? null : brief.maskedPhone(), union);
    }
}
