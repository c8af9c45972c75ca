import io.minio.MinioClient;
import io.minio.PutObjectArgs;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load driver of the hazard benchmark (prints figures, asserts nothing).
 * Upload: N concurrent uploads of ~8 MB, 12-megapixel JPEGs through POST /api/app/hazard/photos, next to
 * putting the same files straight into the same S3 server in the same run. Map: bounding-box GeoJSON
 * queries of a city-sized viewport over the seeded reports, p50/p99.
 *
 * usage: java -cp CP HazardLoad.java upload BASE_URL S3_URL WORK_DIR TOKENS_FILE UPLOADS
 *        java -cp CP HazardLoad.java map BASE_URL ADMIN_TOKEN MAP_QUERIES
 * (run.sh uploads before seeding the map's reports: the database's work after a bulk insert would take
 * the CPU the uploads are measured on)
 */
public class HazardLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if ("map".equals(args[0])) {
            map(args[1], args[2], Integer.parseInt(args[3]));
            return;
        }
        String base = args[1], s3 = args[2];
        Path work = Path.of(args[3]);
        List<String> tokens = Files.readAllLines(Path.of(args[4])).stream().filter(s -> !s.isBlank()).toList();
        int uploads = Integer.parseInt(args[5]);

        List<Path> photos = photos(work, uploads);
        long bytes = 0;
        for (Path p : photos) {
            bytes += Files.size(p);
        }
        System.out.printf("photos: %d JPEGs of 4000x3000, %.1f MB on average%n", photos.size(), bytes / 1e6 / photos.size());

        MinioClient minio = MinioClient.builder().endpoint(s3).credentials("embedded-access-key", "embedded-secret-key-stub").build();
        double direct = timed(photos.size(), i -> {
            try (InputStream in = Files.newInputStream(photos.get(i))) {
                minio.putObject(PutObjectArgs.builder().bucket("safety-month").object("bench/direct-" + i + ".jpg")
                        .stream(in, Files.size(photos.get(i)), -1).contentType("image/jpeg").build());
            }
            return 200;
        }, bytes, "S3 direct (MinIO client, same files)");
        double service = timed(photos.size(), i -> upload(base, tokens.get(i % tokens.size()), photos.get(i)),
                bytes, "service POST /api/app/hazard/photos");
        System.out.printf("upload throughput: service %.1f MB/s = %.0f%% of S3 direct %.1f MB/s%n", service, 100 * service / direct, direct);
    }

    interface Job {
        int run(int i) throws Exception;
    }

    static double timed(int n, Job job, long bytes, String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Integer>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int k = i;
            results.add(pool.submit((Callable<Integer>) () -> job.run(k)));
        }
        int ok = 0;
        List<String> failures = new ArrayList<>();
        for (Future<Integer> f : results) {
            try {
                int status = f.get();
                if (status == 200) {
                    ok++;
                } else {
                    failures.add("HTTP " + status);
                }
            } catch (Exception e) {
                failures.add(e.getCause() == null ? e.toString() : e.getCause().toString());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double mbps = bytes / 1e6 / seconds;
        System.out.printf("%-40s %d/%d succeeded in %.2f s, %.1f MB/s%s%n", label, ok, n, seconds, mbps,
                failures.isEmpty() ? "" : " failures: " + failures);
        return mbps;
    }

    static int upload(String base, String token, Path photo) throws Exception {
        String boundary = "----bench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tmp.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/app/hazard/photos")).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(photo), HttpRequest.BodyPublishers.ofByteArray(tail))).build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("\"code\":0")) {
            System.out.println("upload failed: " + r.statusCode() + " " + r.body());
            return r.statusCode() == 200 ? 500 : r.statusCode();
        }
        return 200;
    }

    static void map(String base, String admin, int queries) throws Exception {
        Random random = new Random(7);
        // a viewport of about 2 km x 2 km somewhere in the seeded city, as a union admin pans the map
        for (int warm = 0; warm < 50; warm++) {
            mapOnce(base, admin, random);
        }
        long[] ms = new long[queries];
        int features = 0;
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            features += mapOnce(base, admin, random);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("map bbox (~2 km viewport) over the seeded reports: %d queries, p50 %d ms, p99 %d ms, max %d ms, %.0f features on average%n",
                queries, ms[queries / 2], ms[(int) Math.ceil(queries * 0.99) - 1], ms[queries - 1], features / (double) queries);
        long t = System.nanoTime();
        HttpResponse<String> city = get(base + "/api/admin/hazard/map?minLng=114.1&minLat=30.5&maxLng=114.5&maxLat=30.8", admin);
        System.out.printf("map bbox (whole city, capped): %d ms, truncated=%s%n", (System.nanoTime() - t) / 1_000_000,
                city.body().contains("\"truncated\":true"));
    }

    static int mapOnce(String base, String admin, Random random) throws Exception {
        double lng = 114.1 + random.nextDouble() * 0.38, lat = 30.5 + random.nextDouble() * 0.28;
        HttpResponse<String> r = get(base + String.format("/api/admin/hazard/map?minLng=%.5f&minLat=%.5f&maxLng=%.5f&maxLat=%.5f",
                lng, lat, lng + 0.021, lat + 0.018), admin);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("map " + r.statusCode() + " " + r.body());
        }
        return r.body().split("\"Feature\"", -1).length - 1;
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** 12-megapixel JPEGs of about 8 MB: a gradient with enough grain that the encoder cannot squeeze it; one picture, n files. */
    static List<Path> photos(Path work, int n) throws Exception {
        Random random = new Random(42);
        BufferedImage img = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[4000];
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 4000; x++) {
                int g = random.nextInt(GRAIN);
                row[x] = Math.min(255, x * 255 / 8000 + g) << 16 | Math.min(255, y * 255 / 6000 + g) << 8 | Math.min(255, 96 + g);
            }
            img.setRGB(0, y, 4000, 1, row, 0, 4000);
        }
        Path first = work.resolve("photo-0.jpg");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(QUALITY);
        try (FileImageOutputStream os = new FileImageOutputStream(first.toFile())) {
            writer.setOutput(os);
            writer.write(null, new IIOImage(img, null, null), param);
        }
        writer.dispose();
        List<Path> out = new ArrayList<>(List.of(first));
        for (int k = 1; k < n; k++) {
            out.add(Files.copy(first, work.resolve("photo-" + k + ".jpg")));
        }
        return out;
    }

    static final int GRAIN = Integer.getInteger("grain", 80);
    static final float QUALITY = Float.parseFloat(System.getProperty("quality", "0.95"));
}
