package cn.safetymonth.hazard;

import cn.safetymonth.identity.WorkerAccountClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * 注销 in 随手拍, inside the closing transaction: the EXIF evidence of the worker's photos and the exact places of their
 * finished reports go. Reports still open go on through review and rectification; the reporter's id stays only as
 * the pseudonymous key that keeps their rewards ledger and the counts, and screens name it by the pseudonym.
 */
@Component
class HazardAccountClosure {

    private final HazardPhotoMapper photos;
    private final HazardReportMapper reports;
    private final Clock clock;

    HazardAccountClosure(HazardPhotoMapper photos, HazardReportMapper reports, Clock clock) {
        this.photos = photos;
        this.reports = reports;
        this.clock = clock;
    }

    @EventListener
    void on(WorkerAccountClosed closed) {
        LocalDateTime now = LocalDateTime.now(clock);
        photos.eraseExifOf("w:" + closed.workerId(), now);
        reports.coarsenFinishedOf(closed.workerId(), now);
    }
}
