package cn.safetymonth.hazard;

/** The stored values of a text's or photo's content check, and how a worker reads them. */
final class ContentVerdicts {

    static final String PENDING = "PENDING";
    static final String PASS = "PASS";
    static final String REVIEW = "REVIEW";
    static final String RISKY = "RISKY";

    private ContentVerdicts() {
    }

    static String label(String verdict) {
        return switch (verdict) {
            case PASS -> "通过";
            case RISKY -> "未通过";
            default -> "审核中";
        };
    }
}
