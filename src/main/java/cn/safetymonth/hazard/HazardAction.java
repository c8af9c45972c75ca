package cn.safetymonth.hazard;

/** What someone does to a report; {@link HazardTransitions} decides whether it may and where it goes. */
enum HazardAction {
    REJECT("不予采纳"),
    VERIFY("核实确认"),
    LINK_DUPLICATE("合并为重复"),
    ASSIGN("交办整改"),
    COMPLETE("完成整改"),
    CLOSE("办结"),
    REOPEN("重新整改"),
    RECONSIDER("重新审核");

    private final String label;

    HazardAction(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
