package cn.safetymonth.identity;

/**
 * A worker as other modules may show them. {@code realName} is unmasked: use it only where the worker themself is
 * the reader (their own pledge certificate), never on a union's screen.
 */
public record WorkerBrief(long workerId, String maskedName, String maskedPhone, String realName) {
}
