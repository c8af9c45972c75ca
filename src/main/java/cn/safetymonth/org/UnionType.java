package cn.safetymonth.org;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of union nodes, named as the notices name them. Workers join only grassroots ones. */
public enum UnionType {
    CITY("市总工会", false),
    COUNTY("县(市)区总工会", false),
    INDUSTRY("产业工会", false),
    DIRECT_GRASSROOTS("直属基层工会", true),
    GRASSROOTS("基层工会", true);

    private final String label;
    private final boolean grassroots;

    UnionType(String label, boolean grassroots) {
        this.label = label;
        this.grassroots = grassroots;
    }

    public String label() {
        return label;
    }

    public boolean grassroots() {
        return grassroots;
    }

    /** Accepts the Chinese label (as in import files) or the constant name. */
    public static Optional<UnionType> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values()).filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
