package cn.safetymonth.common.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must see the caller's rows committed: a request sent to WeChat whose answer (a pushed verdict) is matched to
 * a row by another thread, an index in Redis that must not name a row that was rolled back. A keyed submission runs in
 * one transaction to its end (see the idempotency filter), so "after my insert" is not "after my commit" any more.
 */
public final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    /**
     * Runs {@code work} once the current transaction has committed (never if it rolls back; a failure is logged, not
     * thrown, since the commit stands), or now outside one.
     */
    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    // the write is committed and its answer must reach the client: what follows it is best effort
                    log.warn("work after a commit failed: {}", e.toString());
                }
            }
        });
    }
}
