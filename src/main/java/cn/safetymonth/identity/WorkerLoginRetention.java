package cn.safetymonth.identity;

import cn.safetymonth.common.retention.Evidence;
import cn.safetymonth.common.retention.ExpiringEvidence;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * A worker's login is recorded only as their last login time (staff logins are lines of the audit log); past the login
 * records' period it is forgotten. Staff accounts keep theirs: 账号管理 shows it so dormant accounts can be found and
 * disabled, a duty that outlives any period.
 */
@Component
class WorkerLoginRetention {

    @Bean
    ExpiringEvidence workerLastLogins(WorkerMapper workers) {
        return new ExpiringEvidence(Evidence.LOGIN_RECORD, workers::forgetLoginsBefore);
    }
}
