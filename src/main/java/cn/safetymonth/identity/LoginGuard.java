package cn.safetymonth.identity;

import cn.safetymonth.common.limit.LimitExceeded;
import cn.safetymonth.common.limit.Quota;
import cn.safetymonth.common.limit.RateLimits;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * How many wrong passwords an account and a client address may take, through the service's one limit mechanism. A try
 * is taken before the password is checked (a hundred concurrent requests cannot all slip past) and given back when the
 * password was right. The account is the one found after normalising the name, so every spelling and every client share
 * its count; a name with no account counts under the name, so locking behaves the same and tells nothing.
 */
@Component
class LoginGuard {

    static final String SHORT = "login-failures";
    static final String HOURLY = "login-failures-hour";
    static final String CLIENT = "login-failures-client";
    static final String ALERT = "login-lock-alert";

    private final RateLimits limits;
    private final IdentityProperties props;

    LoginGuard(RateLimits limits, IdentityProperties props) {
        this.limits = limits;
        this.props = props;
    }

    /** The counting subject: the account, or for a name without one, the name. */
    static String subject(AdminAccountEntity account, String username) {
        return account != null ? accountSubject(account.getId()) : "n:" + username;
    }

    private static String accountSubject(long accountId) {
        return "a" + accountId;
    }

    /** Takes one try from the account and the client, or refuses (429) while either is used up. */
    void reserve(String subject, String client) {
        Optional<Duration> shortWait = limits.tryTake(SHORT, subject, props.loginFailures());
        if (shortWait.isPresent()) {
            throw locked(shortWait.get());
        }
        Optional<Duration> hourWait = limits.tryTake(HOURLY, subject, props.loginFailuresPerHour());
        if (hourWait.isPresent()) {
            limits.giveBack(SHORT, subject, props.loginFailures());
            throw locked(hourWait.get());
        }
        if (client != null) {
            Optional<Duration> clientWait = limits.tryTake(CLIENT, client, props.loginFailuresPerClient());
            if (clientWait.isPresent()) {
                limits.giveBack(SHORT, subject, props.loginFailures());
                limits.giveBack(HOURLY, subject, props.loginFailuresPerHour());
                throw new LimitExceeded("此网络的登录失败次数过多", clientWait.get());
            }
        }
    }

    /** The reserved try was not a wrong password (right, or an account that is disabled): it does not count. */
    void giveBack(String subject, String client) {
        limits.giveBack(SHORT, subject, props.loginFailures());
        limits.giveBack(HOURLY, subject, props.loginFailuresPerHour());
        if (client != null) {
            limits.giveBack(CLIENT, client, props.loginFailuresPerClient());
        }
    }

    /** A right password ends the run of wrong ones; the hour's count stays. */
    void succeeded(String subject, String client) {
        giveBack(subject, client);
        limits.reset(SHORT, subject);
    }

    /** A wrong password sent with a valid login code: it passed the lock, but it still counts. */
    void countBypassed(String subject, String client) {
        limits.tryTake(SHORT, subject, props.loginFailures());
        limits.tryTake(HOURLY, subject, props.loginFailuresPerHour());
        if (client != null) {
            limits.tryTake(CLIENT, client, props.loginFailuresPerClient());
        }
    }

    boolean locked(String subject) {
        return !limits.allows(SHORT, subject, props.loginFailures()) || !limits.allows(HOURLY, subject, props.loginFailuresPerHour());
    }

    /** Whether to tell the holder now: once per lock, however many requests find it locked. */
    boolean firstAlertOfThisLock(String subject) {
        return limits.tryTake(ALERT, subject, Quota.perWindow(1, props.loginFailures().period())).isEmpty();
    }

    /** How long until the account takes a password again. */
    Duration lockedFor(String subject) {
        Duration a = limits.waitFor(SHORT, subject, props.loginFailures());
        Duration b = limits.waitFor(HOURLY, subject, props.loginFailuresPerHour());
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** A higher admin's unlock: the run and the hour's count start again. */
    void unlock(long accountId) {
        limits.reset(SHORT, accountSubject(accountId));
        limits.reset(HOURLY, accountSubject(accountId));
    }

    boolean accountLocked(long accountId) {
        return locked(accountSubject(accountId));
    }

    LimitExceeded locked(Duration wait) {
        return new LimitExceeded(IdentityErrorCodes.ACCOUNT_LOCKED, IdentityErrorCodes.ACCOUNT_LOCKED.msg(), wait);
    }
}
