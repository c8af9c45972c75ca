package cn.safetymonth.audit;

import cn.safetymonth.common.retention.Evidence;
import cn.safetymonth.common.retention.ExpiringEvidence;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Stream;

/**
 * The audit log's lines go once past their period: staff logins (and what wrong passwords led to) after the login
 * records' period, every other line after the audit records' period. Both are at least 180 days (等保 2.0).
 */
@Component
class AuditRetention {

    static final List<String> LOGINS = Stream.of(AuditKind.LOGIN_SUCCEEDED, AuditKind.LOGIN_FAILED, AuditKind.ACCOUNT_LOCKED,
            AuditKind.LOGIN_CODE_SENT).map(AuditKind::name).toList();

    @Bean
    ExpiringEvidence auditLoginRetention(AuditMapper entries) {
        return new ExpiringEvidence(Evidence.LOGIN_RECORD, (cutoff, limit) -> entries.expire(LOGINS, true, cutoff, limit));
    }

    @Bean
    ExpiringEvidence auditRecordRetention(AuditMapper entries) {
        return new ExpiringEvidence(Evidence.AUDIT_RECORD, (cutoff, limit) -> entries.expire(LOGINS, false, cutoff, limit));
    }
}
