package cn.safetymonth.identity;

import cn.safetymonth.common.limit.Quota;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param workerTokenTtl          how long a worker stays logged in without opening the app
 * @param adminTokenTtl           how long a union staff session lasts
 * @param loginFailures           wrong passwords in a row for one account, however its name is spelled and from wherever,
 *                                before it is locked for the rest of the window (the short lock)
 * @param loginFailuresPerHour    wrong passwords one account takes in an hour, all told
 * @param loginFailuresPerClient  wrong passwords one client address may send, whatever the accounts
 * @param loginCodeRequests       login codes one account may be sent (to its holder's WeChat)
 * @param loginCodeRequestsPerClient login codes one client address may ask for, whatever the accounts
 * @param loginCodeTtl            how long a login code is good for
 * @param loginCodeTries          tries one login code allows before it is void
 * @param bindingTries            WeChat binding codes one worker may type
 * @param bootstrapAdminUsername  the first platform admin, created when none exists
 * @param bootstrapAdminPassword  its initial password (must be changed at first login); from the environment only
 */
@ConfigurationProperties("safety.auth")
public record IdentityProperties(
        @DefaultValue("P30D") Duration workerTokenTtl,
        @DefaultValue("PT8H") Duration adminTokenTtl,
        @DefaultValue("5/15m window") Quota loginFailures,
        @DefaultValue("20/1h window") Quota loginFailuresPerHour,
        @DefaultValue("50/1h window") Quota loginFailuresPerClient,
        @DefaultValue("3/15m window") Quota loginCodeRequests,
        @DefaultValue("20/1h window") Quota loginCodeRequestsPerClient,
        @DefaultValue("PT10M") Duration loginCodeTtl,
        @DefaultValue("5/10m window") Quota loginCodeTries,
        @DefaultValue("5/10m window") Quota bindingTries,
        @DefaultValue("admin") String bootstrapAdminUsername,
        String bootstrapAdminPassword) {
}
