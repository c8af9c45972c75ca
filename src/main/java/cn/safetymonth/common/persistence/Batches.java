package cn.safetymonth.common.persistence;

import java.util.ArrayList;
import java.util.List;

/** Splits long lists for multi-row statements and IN lists, which databases cap in size. */
public final class Batches {

    public static final int SIZE = 500;

    private Batches() {
    }

    public static <T> List<List<T>> of(List<T> rows) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += SIZE) {
            out.add(rows.subList(i, Math.min(rows.size(), i + SIZE)));
        }
        return out;
    }
}
