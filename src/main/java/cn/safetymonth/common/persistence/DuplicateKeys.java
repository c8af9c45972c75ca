package cn.safetymonth.common.persistence;

import org.springframework.dao.DuplicateKeyException;

import java.util.function.Supplier;

/** The database decides what must never happen twice; this turns its answer into a business outcome. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** Runs the insert; on a duplicate key runs {@code onDuplicate} instead (e.g. read the winner, or throw a clear error). */
    public static <T> T insertOr(Supplier<T> insert, Supplier<T> onDuplicate) {
        try {
            return insert.get();
        } catch (DuplicateKeyException e) {
            return onDuplicate.get();
        }
    }
}
