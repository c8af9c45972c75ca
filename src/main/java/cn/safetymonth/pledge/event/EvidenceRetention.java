package cn.safetymonth.pledge.event;

import cn.safetymonth.common.retention.Evidence;
import cn.safetymonth.common.retention.ExpiringEvidence;
import cn.safetymonth.storage.ObjectStorage;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The photos an organiser recorded an event with go once older than the period: objects first, then their rows (a
 * failure in between leaves rows the next run deletes again). The event, its head count and what it counted stay.
 */
@Component
class EvidenceRetention {

    @Bean
    ExpiringEvidence eventEvidenceRetention(EvidenceMapper evidence, ObjectStorage storage) {
        return new ExpiringEvidence(Evidence.EVENT_EVIDENCE, (cutoff, limit) -> {
            List<EvidenceEntity> old = evidence.uploadedBefore(cutoff, limit);
            old.forEach(e -> storage.delete(e.getObjectKey()));
            return old.isEmpty() ? 0 : evidence.deleteByIds(old.stream().map(EvidenceEntity::getId).toList());
        });
    }
}
