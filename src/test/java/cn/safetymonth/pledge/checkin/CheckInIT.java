package cn.safetymonth.pledge.checkin;

import cn.safetymonth.pledge.CheckedIn;
import cn.safetymonth.pledge.PledgeFixtures;
import cn.safetymonth.storage.images.Watermark;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.Concurrently;
import cn.safetymonth.pledge.PledgeTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Themed check-ins over HTTP: the watermark, once per theme per day, what each theme asks for. */
class CheckInIT extends PledgeTestBase {

    static final Map<String, Object> AT_THE_SQUARE = Map.of("latitude", 30.2741, "longitude", 120.1551, "coordSystem", "wgs84",
            "accuracy", 25, "address", "清河区人民广场东门");


    String worker;
    long workerId;

    @BeforeEach
    void workerOfAGrassrootsUnion() {
        Member m = member("checker", "QH-03-002");
        worker = m.token();
        workerId = m.workerId();
    }

    long upload(byte[] jpeg) {
        Api.Res r = api.upload("/api/app/pledge-uploads", worker, "file", "photo.jpg", "image/jpeg", jpeg);
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data().path("uploadId").asLong();
    }

    Api.Res checkIn(String theme, Long photo, Map<String, Object> location) {
        Map<String, Object> body = new HashMap<>();
        body.put("themeCode", theme);
        body.put("photoUploadId", photo);
        body.put("location", location);
        return api.post("/api/app/check-ins", worker, body);
    }

    @Test
    void aCheckInWithAPhotoReturnsTheWatermarkedPicture() throws Exception {
        BufferedImage original = PledgeFixtures.photo(1200, 900);

        Api.Res r = checkIn("ESCAPE_ROUTE", upload(PledgeFixtures.jpeg(original)), AT_THE_SQUARE);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.data().path("address").asString()).isEqualTo("清河区人民广场东门");
        BufferedImage stamped = PledgeFixtures.decode(download(r.data().path("photoUrl").asString()));
        assertThat(stamped.getWidth()).isEqualTo(1200);
        int band = Watermark.bandHeight(1200, 900, 3);
        assertThat(meanDifference(original, stamped, 900 - band, 900)).as("the watermark band").isGreaterThan(40);
        assertThat(meanDifference(original, stamped, 0, 900 - band - 20)).as("the rest of the picture").isLessThan(6);
        long id = r.data().path("checkInId").asLong();
        assertThat(jdbc.queryForMap("SELECT union_id, theme_code, coord_system FROM pledge_check_in WHERE id = ?", id))
                .containsEntry("union_id", unionId("QH-03-002")).containsEntry("coord_system", "wgs84");
        assertThat(published.of(CheckedIn.class)).anySatisfy(e -> {
            assertThat(e.checkInId()).isEqualTo(id);
            assertThat(e.unionId()).isEqualTo(unionId("QH-03-002"));
            assertThat(e.themeCode()).isEqualTo("ESCAPE_ROUTE");
        });
        assertThat(api.get("/api/app/check-ins", worker).data().findValuesAsString("checkInId")).containsExactly(String.valueOf(id));
    }

    @Test
    void onceAThemeADayEvenWhenTappedAtOnce() throws Exception {
        List<Api.Res> results = Concurrently.run(6, () -> checkIn("HOME_HAZARD_CHECK", null, null));

        assertThat(results).filteredOn(r -> r.code() == 0).hasSize(1);
        assertThat(results).filteredOn(r -> r.code() != 0).allSatisfy(r -> assertThat(r.status()).isEqualTo(409));
        assertThat(checkIn("HOME_HAZARD_CHECK", null, null).msg()).contains("今天已在这个主题打过卡");
        assertThat(checkIn("POST_SELF_CHECK", null, null).code()).isZero();
        JsonNode themes = api.get("/api/app/check-ins/themes", worker).data();
        assertThat(themes.findValuesAsString("code")).contains("CONSULT_DAY_616", "ESCAPE_ROUTE");
        themes.forEach(t -> assertThat(t.path("checkedInToday").asBoolean())
                .isEqualTo(List.of("HOME_HAZARD_CHECK", "POST_SELF_CHECK").contains(t.path("code").asString())));
        assertThat(api.get("/api/app/check-ins/themes", worker).toString()).doesNotContain("连续");
    }

    @Test
    void eachThemeGetsWhatItAsksForAndNothingElse() {
        Api.Res noPhoto = checkIn("ESCAPE_ROUTE", null, AT_THE_SQUARE);
        Api.Res noPlace = checkIn("ESCAPE_ROUTE", upload(PledgeFixtures.photoJpeg(800, 600)), null);
        Api.Res unaskedPlace = checkIn("POST_SELF_CHECK", null, AT_THE_SQUARE);
        Api.Res badSystem = checkIn("ESCAPE_ROUTE", 1L, Map.of("latitude", 30.1, "longitude", 120.1, "coordSystem", "bd09"));
        Api.Res notAPicture = api.upload("/api/app/pledge-uploads", worker, "file", "photo.jpg", "image/jpeg", "GIF89a....".getBytes());

        assertThat(noPhoto.status()).isEqualTo(400);
        assertThat(noPhoto.msg()).startsWith("字段 photoUploadId");
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.msg()).startsWith("字段 location");
        assertThat(unaskedPlace.status()).isEqualTo(400);
        assertThat(badSystem.msg()).contains("coordSystem").contains("gcj02");
        assertThat(notAPicture.status()).isEqualTo(400);
        assertThat(notAPicture.msg()).startsWith("字段 file");
    }

    @Test
    void anUploadIsUsedOnceAndOnlyByItsOwner() {
        long photo = upload(PledgeFixtures.photoJpeg(800, 600));
        String other = workerToken(freshUser("thief"));

        Api.Res stolen = api.post("/api/app/check-ins", other, Map.of("themeCode", "POST_SELF_CHECK", "photoUploadId", photo));
        Api.Res mine = checkIn("POST_SELF_CHECK", photo, null);
        Api.Res again = checkIn("CONSULT_DAY_616", photo, null);

        assertThat(stolen.status()).isEqualTo(400);
        assertThat(mine.code()).isZero();
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.msg()).contains("photoUploadId");
    }

    static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** Mean absolute difference of the RGB channels between rows [fromY, toY) of two same-sized pictures. */
    static double meanDifference(BufferedImage a, BufferedImage b, int fromY, int toY) {
        long sum = 0;
        long n = 0;
        for (int y = fromY; y < toY; y += 3) {
            for (int x = 0; x < a.getWidth(); x += 3) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) + Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
                n += 3;
            }
        }
        return (double) sum / n;
    }
}
