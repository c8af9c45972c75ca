package cn.safetymonth.hazard;

import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Component;

/**
 * Who reported a hazard, as only reviewers of the reporting union may see it: masked name and phone
 * (from identity's WorkerDirectory once it lands in main) and the union at the time.
 */
@Component
class HazardReporters {

    private final UnionDirectory unions;

    HazardReporters(UnionDirectory unions) {
        this.unions = unions;
    }

    HazardWeb.ReporterView view(HazardReportEntity r) {
        String union = r.getUnionId() == null ? "社会公众" : unions.find(r.getUnionId()).map(UnionRef::name).orElse(null);
        return new HazardWeb.ReporterView(null, null, union);
    }
}
