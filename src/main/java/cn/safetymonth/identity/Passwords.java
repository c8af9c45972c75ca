package cn.safetymonth.identity;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/** BCrypt hashes, the password rule, and generated initial passwords. */
@Component
class Passwords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
    /** Compared against when the username does not exist, so both cases take the same time. */
    private final String decoy = encoder.encode("decoy-password-1");

    String hash(String raw) {
        return encoder.encode(raw);
    }

    boolean matches(String raw, String hash) {
        if (hash == null) {
            encoder.matches(raw, decoy); // spend the same time, then refuse
            return false;
        }
        return encoder.matches(raw, hash);
    }

    /** The length a new password may have; the request's @Size and so the contract say the same. */
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;

    static boolean acceptable(String raw) {
        return raw != null && raw.length() >= MIN_LENGTH && raw.length() <= MAX_LENGTH
                && raw.chars().anyMatch(Character::isLetter) && raw.chars().anyMatch(Character::isDigit)
                && raw.chars().noneMatch(Character::isWhitespace);
    }

    /** 12 characters, letters and digits, no look-alikes: read over the phone to a new clerk. */
    static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        sb.insert(RANDOM.nextInt(sb.length()), DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        sb.insert(RANDOM.nextInt(sb.length()), DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        return sb.toString();
    }
}
