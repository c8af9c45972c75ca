package cn.safetymonth.common.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint, declared on its controller (for every handler in it) or on a handler (instead of the
 * controller's). It is read in one place per concern: identity's interceptor enforces it, the contract documents it,
 * and the application refuses to start when an endpoint under /api has none. Which records a caller may reach inside
 * an allowed endpoint is data scope, answered by {@link AdminPrincipal}, not by roles.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Access {

    Caller value();

    /** For {@link Caller#STAFF}: the roles that may call; empty means every role. */
    AdminRole[] roles() default {};

    /** For {@link Caller#STAFF} with roles: what the other roles are told (403, 1008). */
    String refusal() default "";

    /** For {@link Caller#STAFF}: callable before the first password has been changed. */
    boolean beforePasswordChange() default false;

    enum Caller {
        /** No token: how a token is obtained, or a push signed by WeChat. */
        ANYONE,
        /** A worker's token from the mini-program. */
        WORKER,
        /** A union staff member's token from the console. */
        STAFF
    }
}
