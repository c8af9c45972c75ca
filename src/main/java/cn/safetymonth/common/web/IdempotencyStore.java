package cn.safetymonth.common.web;

import cn.safetymonth.common.CommonErrorCodes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Consumer;

/**
 * Table {@code idempotency_record}: one row per (owner, key), the owner "w:12" or "a:3". A request claims its key by
 * inserting the row at its start, inside the transaction that then does its work, and fills in its answer at the end of
 * that transaction. Until it commits nobody else sees the row, but a second insert of the same key waits on its lock:
 * after the commit it meets the key (and replays the stored answer), after a rollback it takes the key (and does the
 * work itself). So two requests with one key never do the work side by side.
 */
@Component
public class IdempotencyStore {

    /** What the first request answered: replayed byte for byte. */
    record Answer(String fingerprint, int status, String contentType, byte[] body) {
    }

    /** Either this request now holds the key ({@code answer} null), or the first request's answer. */
    record Claim(String owner, String key, String fingerprint, Answer answer) {
        boolean won() {
            return answer == null;
        }
    }

    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    /** The same, with a statement timeout of the wait: an insert waiting on another request's key gives up then. */
    private final JdbcTemplate claims;
    private final IdempotencyProperties props;
    private final Clock clock;

    IdempotencyStore(DataSource dataSource, PlatformTransactionManager transactions, IdempotencyProperties props, Clock clock) {
        // READ COMMITTED, because the services were written for short transactions: after losing a race on a unique key
        // they read the winner's row, which a snapshot taken early in a long REPEATABLE READ transaction would not show
        this.tx = new TransactionTemplate(transactions);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.jdbc = new JdbcTemplate(dataSource);
        this.claims = new JdbcTemplate(dataSource);
        this.claims.setQueryTimeout((int) Math.max(1, props.inProgressWait().toSeconds()));
        this.props = props;
        this.clock = clock;
    }

    /** Runs a keyed request's claim, work and answer in one transaction (see {@link IdempotencyFilter}). */
    void inOneTransaction(Consumer<TransactionStatus> work) {
        tx.executeWithoutResult(work);
    }

    /**
     * Claims the key inside the caller's transaction, waiting at most {@link IdempotencyProperties#inProgressWait()} for a request
     * that holds it; 1012 if that one is still running then. Each database has its own lock timeout (H2's is 2 s,
     * InnoDB's 50 s): the statement timeout caps the long one, the loop stretches the short one to the same wait.
     */
    Claim claim(String owner, String key, String fingerprint) {
        long deadline = System.nanoTime() + props.inProgressWait().toNanos();
        while (true) {
            try {
                claims.update("INSERT INTO idempotency_record (owner, idem_key, fingerprint, status, created_at) VALUES (?, ?, ?, 0, ?)",
                        owner, key, fingerprint, Timestamp.valueOf(LocalDateTime.now(clock)));
                return new Claim(owner, key, fingerprint, null);
            } catch (DuplicateKeyException e) {
                Answer first = stored(owner, key);
                if (first != null) {
                    return new Claim(owner, key, fingerprint, first);
                } // else deleted by the retention job in between: claim it again
            } catch (PessimisticLockingFailureException | QueryTimeoutException e) {
                if (System.nanoTime() >= deadline) {
                    throw CommonErrorCodes.IDEMPOTENCY_IN_PROGRESS.exception();
                }
            }
        }
    }

    /** Fills in the answer of a claim this request won, in its own transaction, just before that commits. */
    void keep(Claim claim, int status, String contentType, byte[] body) {
        jdbc.update("UPDATE idempotency_record SET status = ?, content_type = ?, response_body = ? WHERE owner = ? AND idem_key = ?",
                status, contentType, body, claim.owner(), claim.key());
    }

    /** Deletes up to {@code batch} records created before {@code before}; returns how many. */
    int purge(Instant before, int batch) {
        return jdbc.update("DELETE FROM idempotency_record WHERE created_at < ? LIMIT ?",
                Timestamp.valueOf(LocalDateTime.ofInstant(before, clock.getZone())), batch);
    }

    /**
     * The committed record. A plain read: the transaction is READ COMMITTED, so it sees the latest commit. Not FOR UPDATE:
     * every waiter that met the duplicate holds a shared lock on the row, and two of them asking for an exclusive one
     * deadlock (InnoDB).
     */
    private Answer stored(String owner, String key) {
        return jdbc.query("SELECT fingerprint, status, content_type, response_body FROM idempotency_record "
                        + "WHERE owner = ? AND idem_key = ?",
                rs -> rs.next() ? new Answer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)) : null, owner, key);
    }
}
