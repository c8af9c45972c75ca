package cn.safetymonth.identity;

/**
 * A worker closed their account (注销). Published inside the closing transaction and handled synchronously: each module
 * erases or de-identifies what it holds of the worker in that same transaction. What counted stays (the worker id is
 * kept as a pseudonymous key, and {@code pseudonym} is how screens name it from now on).
 */
public record WorkerAccountClosed(long workerId, String pseudonym) {
}
