package cn.safetymonth.wechat;

import java.util.Locale;

/** WeChat's content-security suggestion: pass, needs a human look, or risky (hide it). */
public enum ContentVerdict {
    PASS, REVIEW, RISKY;

    static ContentVerdict of(String suggest) {
        if (suggest == null) {
            return REVIEW;
        }
        return switch (suggest.trim().toLowerCase(Locale.ROOT)) {
            case "pass" -> PASS;
            case "risky" -> RISKY;
            default -> REVIEW;
        };
    }
}
