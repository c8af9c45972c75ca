package cn.safetymonth.hazard;

/** Where a report stands. Stored by name; the label is what people read. */
public enum HazardState {
    PENDING("待审核"),
    REJECTED("不予采纳"),
    VERIFIED("已核实"),
    RECTIFYING("整改中"),
    RECTIFIED("已整改"),
    CLOSED("已办结");

    private final String label;

    HazardState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
