package cn.safetymonth.hazard;

import cn.safetymonth.common.retention.Evidence;
import cn.safetymonth.common.retention.ExpiringEvidence;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Retention in 随手拍, by the same statements 注销 uses: only reports finished (已办结, 不予采纳) longer than the period lose
 * their photos' EXIF evidence and their exact place. An open report keeps both whatever its age: review and
 * rectification still need them. The report, its photos, its timeline and its rewards stay, so nothing counted moves.
 */
@Component
class HazardRetention {

    @Bean
    ExpiringEvidence hazardPhotoEvidence(HazardPhotoMapper photos, Clock clock) {
        return new ExpiringEvidence(Evidence.PHOTO_EVIDENCE,
                (cutoff, limit) -> photos.eraseExifOfFinished(cutoff, limit, LocalDateTime.now(clock)));
    }

    @Bean
    ExpiringEvidence hazardReportLocations(HazardReportMapper reports, Clock clock) {
        return new ExpiringEvidence(Evidence.REPORT_LOCATION,
                (cutoff, limit) -> reports.coarsenFinishedBefore(cutoff, limit, LocalDateTime.now(clock)));
    }
}
