package cn.safetymonth.hazard;

/** How grave a verified hazard is; the reward depends on it. */
public enum HazardLevel {
    GENERAL("一般隐患"),
    MAJOR("重大隐患");

    private final String label;

    HazardLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
