package cn.safetymonth.org;

import java.util.Arrays;
import java.util.Optional;

/** The national quiz has two entrances: local participants (地方) and central state-owned enterprises (央企). */
public enum UnionChannel {
    LOCAL("地方"),
    CENTRAL("央企");

    private final String label;

    UnionChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<UnionChannel> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values()).filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
