package cn.safetymonth.storage.images;

import cn.safetymonth.pledge.PledgeFixtures;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.storage.StorageProperties;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.HostileImages;
import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.TestPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same hostile set sent to every upload endpoint, through HTTP into the real object store: what is
 * stored and what is served is the picture's pixels only, and every file that is no whole picture is
 * refused with nothing stored.
 */
class HostileImagesIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ObjectStorage storage;
    @Autowired
    StorageProperties storageProps;

    @Test
    void workersHazardPhotosKeepOnlyPixelsInStoreAndInTheirServedThumbnail() throws Exception {
        String worker = workerToken(freshUser("hostile-hazard"));
        everyEndpointCase("hazard photo", (s, what) -> {
            Api.Res r = api.upload("/api/app/hazard/photos", worker, "file", s.name(), s.contentType(), s.bytes());
            if (r.code() == 0) {
                String token = r.data().path("token").asString();
                Map<String, Object> row = jdbc.queryForMap("SELECT object_key, thumb_key FROM hazard_photo WHERE token = ?", token);
                return List.of(stored(row.get("object_key")), stored(row.get("thumb_key")), served(r.data().path("thumbnailUrl").asString()));
            }
            return refusal(r);
        }, () -> jdbc.queryForObject("SELECT COUNT(*) FROM hazard_photo", Long.class));
    }

    @Test
    void staffAfterPhotosLikewise() throws Exception {
        String admin = staffToken("UNION_ADMIN", "QH-16");
        everyEndpointCase("after-photo", (s, what) -> {
            Api.Res r = api.upload("/api/admin/hazard/photos", admin, "file", s.name(), s.contentType(), s.bytes());
            if (r.code() == 0) {
                String token = r.data().path("token").asString();
                Map<String, Object> row = jdbc.queryForMap("SELECT object_key, thumb_key FROM hazard_photo WHERE token = ?", token);
                return List.of(stored(row.get("object_key")), stored(row.get("thumb_key")));
            }
            return refusal(r);
        }, () -> jdbc.queryForObject("SELECT COUNT(*) FROM hazard_photo", Long.class));
    }

    @Test
    void checkInAndWorkPicturesLikewise() throws Exception {
        String worker = workerToken(freshUser("hostile-upload"));
        everyEndpointCase("pledge upload", (s, what) -> {
            Api.Res r = api.upload("/api/app/pledge-uploads", worker, "file", s.name(), s.contentType(), s.bytes());
            if (r.code() == 0) {
                return List.of(stored(jdbc.queryForObject("SELECT object_key FROM pledge_upload WHERE id = ?", String.class,
                        r.data().path("uploadId").asLong())));
            }
            return refusal(r);
        }, () -> jdbc.queryForObject("SELECT COUNT(*) FROM pledge_upload", Long.class));
    }

    @Test
    void eventEvidencePhotosLikewiseAndOneBadPhotoStoresNone() throws Exception {
        String admin = staffToken("UNION_ADMIN", "QH-16");
        Api.Res event = api.post("/api/admin/events", admin, Map.of("unionId", unionId("QH-16"), "eventType", "LECTURE",
                "startsAt", LocalDateTime.now(clock).withNano(0).toString(),
                "endsAt", LocalDateTime.now(clock).plusHours(2).withNano(0).toString(), "place", "报告厅"));
        long id = event.data().path("eventId").asLong();
        everyEndpointCase("event evidence", (s, what) -> {
            Api.Res r = api.multipart("/api/admin/events/" + id + "/record", admin, Map.of("headCount", "12"), "photos", s.name(),
                    List.of(s.bytes()), s.contentType());
            if (r.code() == 0) {
                List<byte[]> out = new ArrayList<>();
                jdbc.queryForList("SELECT object_key FROM pledge_event_evidence WHERE event_id = ?", String.class, id)
                        .forEach(k -> out.add(stored(k)));
                r.data().path("evidenceUrls").forEach(u -> out.add(served(u.asString())));
                return out;
            }
            return refusal(r);
        }, () -> jdbc.queryForObject("SELECT COUNT(*) FROM pledge_event_evidence WHERE event_id = ?", Long.class, id));

        long before = storedObjects("pledge/events/" + id + "/");
        Api.Res mixed = api.multipart("/api/admin/events/" + id + "/record", admin, Map.of("headCount", "13"), "photos", "site.jpg",
                List.of(TestPhotos.jpeg(640, 480), "not a picture".getBytes()), "image/jpeg");
        assertThat(mixed.code()).isEqualTo(5002);
        assertThat(mixed.msg()).contains("第 2 张");
        assertThat(storedObjects("pledge/events/" + id + "/")).as("the good photo of a refused record is not left behind").isEqualTo(before);
    }

    @Test
    void signaturesKeepOnlyTheirPixelsAndAreServedSo() throws Exception {
        Map<String, HostileImages.Sample> accepted = HostileImages.accepted(TestPhotos.jpeg(640, 480), PledgeFixtures.signaturePng());
        HostileImages.Sample png = accepted.get("PNG with text, EXIF and a trailer");
        String worker = workerToken(freshUser("hostile-sign"));
        Api.Res signed = api.upload("/api/app/pledges/COMMITMENT/signatures", worker, "signature", png.name(), png.contentType(), png.bytes());
        assertThat(signed.code()).as(signed.toString()).isZero();
        String key = jdbc.queryForObject("SELECT signature_key FROM pledge_signature WHERE id = ?", String.class,
                signed.data().path("signatureId").asLong());
        HostileImages.assertOnlyPixels("signature stored", stored(key));

        HostileImages.refused(TestPhotos.jpeg(640, 480), PledgeFixtures.signaturePng()).forEach((what, sample) -> {
            String other = workerToken(freshUser("hostile-sign"));
            HostileImages.Sample s = sample.getKey();
            Api.Res r = api.upload("/api/app/pledges/COMMITMENT/signatures", other, "signature", s.name(), s.contentType(), s.bytes());
            assertThat(r.status()).as(what + " " + r).isEqualTo(sample.getValue());
        });
        Api.Res jpeg = api.upload("/api/app/pledges/COMMITMENT/signatures", workerToken(freshUser("hostile-sign")), "signature", "s.jpg",
                "image/jpeg", accepted.get("EXIF with GPS").bytes());
        assertThat(jpeg.code()).as("a signature is the canvas's PNG").isEqualTo(5002);
    }

    private interface Count {
        long now();
    }

    /** Every accepted sample stored and served with only its pixels; every refused one answered as it must be, nothing stored. */
    private void everyEndpointCase(String endpoint, BiFunction<HostileImages.Sample, String, List<byte[]>> send, Count rows) throws Exception {
        for (var e : HostileImages.accepted(TestPhotos.jpeg(640, 480), TestPhotos.png(320, 240)).entrySet()) {
            List<byte[]> copies = send.apply(e.getValue(), e.getKey());
            assertThat(copies).as(endpoint + ", " + e.getKey()).isNotEmpty();
            for (byte[] copy : copies) {
                HostileImages.assertOnlyPixels(endpoint + ", " + e.getKey(), copy);
            }
        }
        for (var e : HostileImages.refused(TestPhotos.jpeg(640, 480), TestPhotos.png(320, 240)).entrySet()) {
            long before = rows.now();
            List<byte[]> answer = send.apply(e.getValue().getKey(), e.getKey());
            assertThat(answer).as(endpoint + ", " + e.getKey() + ": refused").isEmpty();
            assertThat(rows.now()).as(endpoint + ", " + e.getKey() + ": nothing stored").isEqualTo(before);
        }
    }

    private List<byte[]> refusal(Api.Res r) {
        assertThat(r.status()).as(r.toString()).isIn(400, 413);
        JsonNode body = r.body();
        assertThat(body.path("code").asInt()).as(r.toString()).isNotZero();
        assertThat(r.msg()).as(r.toString()).isNotBlank();
        return List.of();
    }

    private byte[] stored(Object key) {
        return storage.find((String) key).orElseThrow();
    }

    /** Objects in the store under the prefix, counted by the S3 API itself (not by our rows). */
    private long storedObjects(String prefix) throws Exception {
        MinioClient s3 = MinioClient.builder().endpoint(storageProps.endpoint())
                .credentials(storageProps.accessKey(), storageProps.secretKey()).region(storageProps.region()).build();
        long n = 0;
        for (var ignored : s3.listObjects(ListObjectsArgs.builder().bucket(storageProps.bucket()).prefix(prefix).recursive(true).build())) {
            n++;
        }
        return n;
    }

    private static byte[] served(String url) {
        try {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
