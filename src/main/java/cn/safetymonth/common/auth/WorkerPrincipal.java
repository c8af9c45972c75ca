package cn.safetymonth.common.auth;

/** The worker making the request, resolved once per request from their token. */
public record WorkerPrincipal(long workerId) {
}
