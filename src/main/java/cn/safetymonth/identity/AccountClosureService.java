package cn.safetymonth.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * 注销: within one request the worker's identity is erased here and, through {@link WorkerAccountClosed}, in every
 * module that holds something of theirs, and every session of theirs ends in the same transaction.
 */
@Service
class AccountClosureService {

    static final String CONFIRMATION = "确认注销";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorkerMapper workers;
    private final AdminAccountMapper accounts;
    private final TokenStore tokens;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    AccountClosureService(WorkerMapper workers, AdminAccountMapper accounts, TokenStore tokens,
                          ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.workers = workers;
        this.accounts = accounts;
        this.tokens = tokens;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    void close(long workerId, String confirmation) {
        if (!CONFIRMATION.equals(confirmation == null ? null : confirmation.trim())) {
            throw IdentityErrorCodes.CLOSURE_NOT_CONFIRMED.exception();
        }
        tx.executeWithoutResult(status -> {
            // random, never derived from the openid or the id: nothing links the tombstone back to the WeChat user
            String tombstone = "closed:" + random(16);
            String pseudonym = "注销" + random(3).toUpperCase();
            // a second tap finds the row already closed and changes nothing
            if (workers.close(workerId, tombstone, pseudonym, LocalDateTime.now(clock)) == 1) {
                accounts.unbindWorker(workerId);
                events.publishEvent(new WorkerAccountClosed(workerId, pseudonym));
            }
            tokens.revokeAllWorkerTokens(workerId); // with the erasure, or not at all
        });
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
