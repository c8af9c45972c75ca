package cn.safetymonth.common.auth;

import jakarta.servlet.http.HttpServletRequest;

/** Where the authentication interceptor leaves who is calling, for the argument resolvers and auditing. */
public final class Principals {

    public static final String WORKER_ATTR = Principals.class.getName() + ".worker";
    public static final String ADMIN_ATTR = Principals.class.getName() + ".admin";

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private Principals() {
    }

    public static void bindWorker(HttpServletRequest request, WorkerPrincipal worker) {
        request.setAttribute(WORKER_ATTR, worker);
        ACTOR.set("w:" + worker.workerId());
    }

    public static void bindAdmin(HttpServletRequest request, AdminPrincipal admin) {
        request.setAttribute(ADMIN_ATTR, admin);
        ACTOR.set("a:" + admin.accountId());
    }

    /** "w:12" for worker 12, "a:3" for admin account 3, null outside a request (jobs, imports at start-up). */
    public static String currentActor() {
        return ACTOR.get();
    }

    public static void clear() {
        ACTOR.remove();
    }
}
