package cn.safetymonth.pledge.signing;

import cn.safetymonth.common.retention.Evidence;
import cn.safetymonth.common.retention.ExpiringEvidence;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** Signature images signed longer ago than the period are erased ({@link SignatureImages}); the signatures stay counted. */
@Component
class SignatureRetention {

    @Bean
    ExpiringEvidence signatureImageRetention(SignatureMapper signatures, SignatureImages images) {
        return new ExpiringEvidence(Evidence.SIGNATURE_IMAGE,
                (cutoff, limit) -> images.erase(signatures.withImageSignedBefore(cutoff, limit)));
    }
}
