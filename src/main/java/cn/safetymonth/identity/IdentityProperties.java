package cn.safetymonth.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param workerTokenTtl      how long a worker stays logged in without opening the app
 * @param adminTokenTtl       how long a union staff session lasts
 * @param maxFailedLogins     wrong passwords in a row before the account is locked
 * @param lockout             how long the lock lasts (and the window in which failures count)
 * @param bootstrapAdminUsername the first platform admin, created when none exists
 * @param bootstrapAdminPassword its initial password (must be changed at first login); from the environment only
 */
@ConfigurationProperties("safety.auth")
public record IdentityProperties(
        @DefaultValue("P30D") Duration workerTokenTtl,
        @DefaultValue("PT8H") Duration adminTokenTtl,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("PT15M") Duration lockout,
        @DefaultValue("admin") String bootstrapAdminUsername,
        String bootstrapAdminPassword) {
}
