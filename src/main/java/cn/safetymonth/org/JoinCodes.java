package cn.safetymonth.org;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Join codes: 6 characters a worker can read aloud and type with one thumb, without 0/O, 1/I/L.
 * They also serve as the mini-program code's {@code scene} (≤ 32 chars of WeChat's allowed set).
 */
final class JoinCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[2-9A-HJKMNP-Z]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String next() {
        char[] code = new char[6];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Upper-cases and trims what the worker typed; null when it cannot be a join code. */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.trim().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(code).matches() ? code : null;
    }
}
