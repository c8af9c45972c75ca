package cn.safetymonth.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling per account. What is typed is NFKC-normalised (full-width ＡＤＭＩＮ becomes ADMIN), trimmed and
 * lower-cased, then must be a letter followed by 3–31 lower-case letters, digits or underscores. Anything else (an
 * accent, a space inside, a zero-width character) is refused, at creation and at login alike, so no two spellings can
 * reach one account and the database never has to decide whether they are equal.
 */
final class Usernames {

    private static final Pattern ALLOWED = Pattern.compile("[a-z][a-z0-9_]{3,31}");

    private Usernames() {
    }

    /** The account's one spelling, or a 400 naming the field. */
    static String normalise(String typed) {
        String name = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (!ALLOWED.matcher(name).matches()) {
            throw IdentityErrorCodes.USERNAME_INVALID.exception();
        }
        return name;
    }
}
