package cn.safetymonth.storage;

import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MinioClient;
import io.minio.http.Method;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.net.URI;
import java.time.Duration;

/**
 * Signs download links for the address phones and WeChat reach ({@link StorageProperties#publicUrl()}), not for the
 * endpoint the service itself talks to. A second MinIO client, built for the public host with the region given, signs
 * without ever calling a server (only a client without a region asks the bucket's location). The signature covers the
 * host and {@code /bucket/key}; a path prefix of the public URL is put in front afterwards, and the front strips it
 * again and passes the Host on, so the object store sees exactly what was signed.
 */
final class PublicLinks {

    private final MinioClient signer;
    private final String bucket;
    private final String prefix;

    PublicLinks(StorageProperties props, Environment env) {
        URI base = check(props, env);
        this.signer = MinioClient.builder()
                .endpoint(base.getScheme() + "://" + base.getRawAuthority())
                .credentials(props.accessKey(), props.secretKey())
                .region(props.region())
                .build();
        this.bucket = props.bucket();
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        this.prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    String sign(String key, Duration ttl) throws Exception {
        String url = signer.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Method.GET)
                .bucket(bucket).object(key).expiry((int) ttl.toSeconds()).build());
        if (prefix.isEmpty()) {
            return url;
        }
        int pathStart = url.indexOf('/', url.indexOf("://") + 3);
        return url.substring(0, pathStart) + prefix + url.substring(pathStart);
    }

    /**
     * The public base, or the endpoint when none is set outside production. In prod it must be set and https: WeChat
     * downloads only from https, and a phone cannot reach the compose network's names.
     */
    static URI check(StorageProperties props, Environment env) {
        boolean prod = env.acceptsProfiles(Profiles.of("prod"));
        String value = props.publicUrl() == null ? "" : props.publicUrl().trim();
        if (value.isEmpty()) {
            if (prod) {
                throw new IllegalStateException("SAFETY_S3_PUBLIC_URL (safety.storage.public-url) is required in the prod profile: "
                        + "the https address phones and WeChat download pictures and photos from, e.g. https://safety.example.cn/files");
            }
            value = props.endpoint();
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("safety.storage.public-url is not a URL: " + value);
        }
        if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalStateException("safety.storage.public-url must be http(s)://host[:port][/prefix], without user, query or fragment: " + value);
        }
        if (prod && !"https".equals(uri.getScheme())) {
            throw new IllegalStateException("SAFETY_S3_PUBLIC_URL must be https in the prod profile (WeChat downloads only over https): " + value);
        }
        return uri;
    }
}
