package cn.safetymonth.pledge.event;

import cn.safetymonth.pledge.PledgeProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The codes a worker scans to sign in. A FIXED event has one printed code (its scene) for the whole event; a ROTATING
 * event shows on a screen a code that changes every period, {@code <scene>&c=<six digits>}, the digits an HMAC of the
 * period under the event's own secret. A code is accepted during its period and the next one, so a worker who scanned
 * just before it changed still gets in, and a photo of it sent to someone elsewhere is useless a period later.
 */
@Component
class SignInCodes {

    static final String FIXED = "FIXED";
    static final String ROTATING = "ROTATING";
    private static final String CODE_PART = "&c=";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a scanned scene carries: the event's scene, and the rotating digits if there are any. */
    record Scanned(String eventScene, String code) {
    }

    /** The code to show now, the scene its mini-program code carries, and until when it is the newest. */
    record Live(String code, String scene, LocalDateTime changesAt) {
    }

    private final PledgeProperties props;
    private final Clock clock;

    SignInCodes(PledgeProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
        long period = props.liveCodePeriod().toSeconds();
        if (period < 15 || period > 30) {
            throw new IllegalStateException("safety.pledge.live-code-period must be 15–30 s, is " + props.liveCodePeriod());
        }
    }

    static Scanned parse(String scene) {
        int at = scene.indexOf(CODE_PART);
        return at < 0 ? new Scanned(scene, null) : new Scanned(scene.substring(0, at), scene.substring(at + CODE_PART.length()));
    }

    static String newSecret() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    Live live(EventEntity event) {
        long period = period(clock.instant());
        String code = code(event.getCodeSecret(), period);
        Instant next = Instant.ofEpochSecond((period + 1) * props.liveCodePeriod().toSeconds());
        return new Live(code, event.getScene() + CODE_PART + code, LocalDateTime.ofInstant(next, clock.getZone()));
    }

    /** Whether {@code code} is the current period's or the one just before. */
    boolean accepts(EventEntity event, String code) {
        if (code == null || event.getCodeSecret() == null) {
            return false;
        }
        long period = period(clock.instant());
        return code.equals(code(event.getCodeSecret(), period)) || code.equals(code(event.getCodeSecret(), period - 1));
    }

    private long period(Instant at) {
        return at.getEpochSecond() / props.liveCodePeriod().toSeconds();
    }

    private static String code(String secret, long period) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(period).array());
            int value = ByteBuffer.wrap(digest, 0, Integer.BYTES).getInt() & 0x7fffffff;
            return String.format("%06d", value % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
