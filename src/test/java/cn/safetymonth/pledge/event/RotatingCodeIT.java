package cn.safetymonth.pledge.event;

import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.pledge.PledgeTestBase;
import cn.safetymonth.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A code on the event's screen that changes every period: a photo of it sent to someone elsewhere is refused a period
 * later, while the printed code keeps working where the organiser chose it. Each sign-in records which code it used.
 */
class RotatingCodeIT extends PledgeTestBase {

    static final String FACTORY = "QH-02-003";
    static String unionAdmin;

    @BeforeEach
    void organiser() {
        if (unionAdmin == null) {
            unionAdmin = staffToken("UNION_ADMIN", "QH-02");
        }
    }

    @Test
    void theScreensCodeSignsInNowAndACopyTwoMinutesLaterIsRefused() {
        JsonNode event = event("ROTATING");
        long id = event.path("eventId").asLong();
        assertThat(event.path("signInMode").asString()).isEqualTo("ROTATING");

        // the worker exists before the code is read: the code lives one period of real time plus the test clock's moves,
        // and creating a worker (login, join, consent) on a loaded CI machine once took longer than that
        Member there = member("there", "QH-02-001");
        Api.Res live = api.get("/api/admin/events/" + id + "/live-code", unionAdmin);
        assertThat(live.code()).as(live.toString()).isZero();
        String scene = live.data().path("scene").asString();
        assertThat(scene).isEqualTo(event.path("scene").asString() + "&c=" + live.data().path("code").asString()).hasSizeLessThanOrEqualTo(32);
        assertThat(live.data().path("periodSeconds").asLong()).isBetween(15L, 30L);
        Api.Res image = api.get("/api/admin/events/" + id + "/live-code/image", unionAdmin);
        assertThat(image.contentType()).isEqualTo("image/png");

        assertThat(api.get("/api/app/events/by-scene?scene=" + URLEncoder.encode(scene, StandardCharsets.UTF_8), there.token()).code())
                .as("the page opened by the scan shows the event").isZero();
        Api.Res ok = signIn(there.token(), scene);
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(jdbc.queryForObject("SELECT code_kind FROM pledge_event_sign_in WHERE event_id = ? AND worker_id = ?", String.class,
                id, there.workerId())).isEqualTo("ROTATING");

        // the code just scanned still works right after it changed, for the one who was a little slow
        // (a little less than a period: the real seconds this test has spent since reading the code count too)
        Member slow = member("slow", "QH-02-001");
        clock.advance(Duration.ofSeconds(live.data().path("periodSeconds").asLong() - 5));
        assertThat(signIn(slow.token(), scene).code()).isZero();

        // a photo of it, sent to someone elsewhere, two minutes later
        clock.advance(Duration.ofMinutes(2));
        Api.Res copied = signIn(member("elsewhere", "QH-02-001").token(), scene);
        assertThat(copied.code()).isEqualTo(PledgeErrorCodes.SIGN_IN_CODE_EXPIRED.code());
        assertThat(copied.msg()).contains("已过期");

        // nor does the event's own scene without the screen's code, nor a made-up code
        assertThat(signIn(member("guess", "QH-02-001").token(), event.path("scene").asString()).code())
                .isEqualTo(PledgeErrorCodes.SIGN_IN_MODE_MISMATCH.code());
        assertThat(signIn(member("guess2", "QH-02-001").token(), event.path("scene").asString() + "&c=000000").code())
                .isIn(PledgeErrorCodes.SIGN_IN_CODE_EXPIRED.code(), 0);
        assertThat(api.get("/api/admin/events/" + id + "/code", unionAdmin).code()).as("no printed code to photograph")
                .isEqualTo(PledgeErrorCodes.SIGN_IN_MODE_MISMATCH.code());
    }

    @Test
    void thePrintedCodeStillWorksWhereTheOrganiserChoseIt() {
        JsonNode event = event(null);
        long id = event.path("eventId").asLong();
        assertThat(event.path("signInMode").asString()).as("the default, for places without a screen").isEqualTo("FIXED");
        Member m = member("printed", "QH-02-001");
        clock.advance(Duration.ofMinutes(30));
        assertThat(signIn(m.token(), event.path("scene").asString()).code()).isZero();
        assertThat(jdbc.queryForObject("SELECT code_kind FROM pledge_event_sign_in WHERE event_id = ? AND worker_id = ?", String.class,
                id, m.workerId())).isEqualTo("FIXED");
        assertThat(api.get("/api/admin/events/" + id + "/live-code", unionAdmin).code()).isEqualTo(PledgeErrorCodes.EVENT_INVALID.code());

        // the organiser switches to the screen: from then on only its code signs in
        Api.Res switched = api.put("/api/admin/events/" + id + "/sign-in-mode", unionAdmin, Map.of("signInMode", "ROTATING"));
        assertThat(switched.data().path("signInMode").asString()).isEqualTo("ROTATING");
        assertThat(signIn(member("late", "QH-02-001").token(), event.path("scene").asString()).code())
                .isEqualTo(PledgeErrorCodes.SIGN_IN_MODE_MISMATCH.code());
        String scene = api.get("/api/admin/events/" + id + "/live-code", unionAdmin).data().path("scene").asString();
        assertThat(signIn(member("screen", "QH-02-001").token(), scene).code()).isZero();
        assertThat(api.put("/api/admin/events/" + id + "/sign-in-mode", unionAdmin, Map.of("signInMode", "SOMETIMES")).status())
                .isEqualTo(400);
    }

    private JsonNode event(String mode) {
        Map<String, Object> body = new HashMap<>(Map.of("unionId", unionId(FACTORY), "eventType", "LECTURE",
                "startsAt", at(-10), "endsAt", at(240), "place", "职工之家二楼"));
        if (mode != null) {
            body.put("signInMode", mode);
        }
        Api.Res r = api.post("/api/admin/events", unionAdmin, body);
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data();
    }

    private Api.Res signIn(String token, String scene) {
        return api.post("/api/app/events/sign-ins", token, Map.of("scene", scene));
    }

    private String at(long minutesFromNow) {
        return LocalDateTime.now(clock).plusMinutes(minutesFromNow).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}
