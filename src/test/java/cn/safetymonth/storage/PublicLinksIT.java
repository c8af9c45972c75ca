package cn.safetymonth.storage;

import cn.safetymonth.support.Api;
import cn.safetymonth.support.EmbeddedServers;
import cn.safetymonth.support.IntegrationTest;
import cn.safetymonth.support.PrefixStrippingProxy;
import cn.safetymonth.support.TestBackend;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.StandardEnvironment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object links are signed for the address phones reach (safety.storage.public-url), while the service stores and
 * reads through its own endpoint. Fetched through a front that strips the public path and keeps the Host, as
 * docker/nginx does, the link returns the object; where no public URL is set (the embedded default) it resolves directly.
 */
class PublicLinksIT extends IntegrationTest {

    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G'};
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    ObjectStorage storage;

    @Test
    void aLevelsPictureLinkReturnsThePngWherePublicAndInternalAreTheSame() throws Exception {
        String worker = workerToken(freshUser("links"));
        Api.Res start = api.post("/api/app/quiz/attempts", worker, Map.of("scene", "FAMILY"));
        assertThat(start.code()).as(start.toString()).isZero();

        HttpResponse<byte[]> picture = fetch(start.data().path("pictureUrl").asString());
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(Arrays.copyOf(picture.body(), 4)).as("the scene picture itself").isEqualTo(PNG_HEAD);
    }

    @Test
    void linksCarryThePublicHostAndPathAndResolveThroughAPrefixStrippingFront() throws Exception {
        byte[] photo = "evidence photo bytes".getBytes();
        storage.put("links-it/photo.jpg", photo, "image/jpeg");

        try (PrefixStrippingProxy front = PrefixStrippingProxy.start("/files", TestBackend.get().s3Link().port())) {
            String publicUrl = "http://localhost:" + front.port() + "/files";
            ObjectStorage phonesView = new ObjectStorage(new StorageProperties("http://127.0.0.1:" + TestBackend.get().s3Link().port(),
                    publicUrl, EmbeddedServers.S3_ACCESS_KEY, EmbeddedServers.S3_SECRET_KEY, "safety-month-test", "us-east-1",
                    Duration.ofMinutes(10)), new StandardEnvironment());

            String link = phonesView.signedUrl("links-it/photo.jpg");
            assertThat(link).startsWith(publicUrl + "/safety-month-test/links-it/photo.jpg?").contains("X-Amz-Signature=");
            HttpResponse<byte[]> got = fetch(link);
            assertThat(got.statusCode()).as(new String(got.body())).isEqualTo(200);
            assertThat(got.body()).isEqualTo(photo);

            String tampered = link.replace("photo.jpg", "other.jpg");
            assertThat(fetch(tampered).statusCode()).as("the signature covers the key").isEqualTo(403);
        }
    }

    private HttpResponse<byte[]> fetch(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
