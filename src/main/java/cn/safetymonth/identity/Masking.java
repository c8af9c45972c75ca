package cn.safetymonth.identity;

/** Personal data as shown on screens: enough to recognise, not enough to use. */
final class Masking {

    private Masking() {
    }

    /** 13812345678 → 138****5678 */
    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** 张三丰 → 张*丰, 李四 → 李* */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        int n = name.codePointCount(0, name.length());
        if (n == 1) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        if (n == 2) {
            return name.substring(0, first) + "*";
        }
        int last = name.offsetByCodePoints(0, n - 1);
        return name.substring(0, first) + "*".repeat(n - 2) + name.substring(last);
    }
}
