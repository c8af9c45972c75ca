package cn.safetymonth.org;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Join codes are six characters: a worker gets ten wrong ones an hour, previews and joins together, then a clear 429. */
class JoinCodeTriesIT extends IntegrationTest {

    private static final String WRONG = "ZZZZZ";

    @Test
    void tenWrongCodesAnHourThenAClearRefusalEvenForTheRightCode() {
        String guesser = workerToken(freshUser("guesser"));
        String neighbour = workerToken(freshUser("neighbour"));
        for (int i = 0; i < 10; i++) {
            Api.Res r = i % 2 == 0
                    ? api.get("/api/app/unions/by-join-code/" + WRONG + (char) ('A' + i), guesser)
                    : api.post("/api/app/me/union", guesser, Map.of("joinCode", WRONG + (char) ('A' + i)));
            assertThat(r.code()).as("wrong code %d: %s", i + 1, r).isEqualTo(3003);
        }
        Api.Res preview = api.get("/api/app/unions/by-join-code/" + joinCode("QH-07-001"), guesser);
        Api.Res join = api.post("/api/app/me/union", guesser, Map.of("joinCode", joinCode("QH-07-001")));

        assertThat(preview.status()).isEqualTo(429);
        assertThat(preview.code()).isEqualTo(3010);
        assertThat(preview.msg()).contains("加入码输错次数过多").contains("后再试");
        assertThat(join.status()).isEqualTo(429);
        assertThat(api.get("/api/app/unions/by-join-code/" + joinCode("QH-07-001"), neighbour).code()).as("per worker").isZero();

        clock.advance(Duration.ofMinutes(61));
        assertThat(api.post("/api/app/me/union", guesser, Map.of("joinCode", joinCode("QH-07-001"))).code()).isZero();
    }

    @Test
    void rightCodesNeverCountAgainstAWorker() {
        String worker = workerToken(freshUser("mover"));
        for (int i = 0; i < 12; i++) {
            String code = joinCode(i % 2 == 0 ? "QH-07-001" : "QH-07-005");
            assertThat(api.get("/api/app/unions/by-join-code/" + code, worker).code()).isZero();
            assertThat(api.post("/api/app/me/union", worker, Map.of("joinCode", code.toLowerCase())).code()).isZero();
        }
    }

    @Test
    void aCodeOfAUnionOneCannotJoinCountsAsAWrongTry() {
        String worker = workerToken(freshUser("county"));
        for (int i = 0; i < 10; i++) {
            assertThat(api.post("/api/app/me/union", worker, Map.of("joinCode", joinCode("QH-07"))).code()).isEqualTo(3004);
        }
        assertThat(api.post("/api/app/me/union", worker, Map.of("joinCode", joinCode("QH-07"))).status()).isEqualTo(429);
    }
}
