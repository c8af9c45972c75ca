package cn.safetymonth.storage;

import cn.safetymonth.common.BizException;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Private objects in one bucket, through the MinIO client. Every failure of the store becomes a
 * clear retryable error ({@link StorageErrorCodes#UNAVAILABLE}); keys are chosen by the caller, never
 * by a client's filename.
 */
@Service
public class ObjectStorage {

    private static final Logger log = LoggerFactory.getLogger(ObjectStorage.class);
    private static final long PART_SIZE = 10L * 1024 * 1024;

    private final MinioClient client;
    private final PublicLinks links;
    private final StorageProperties props;
    private volatile boolean bucketReady;
    private final ConcurrentHashMap<String, SignedUrl> signed = new ConcurrentHashMap<>();

    ObjectStorage(StorageProperties props, Environment env) {
        this.props = props;
        this.links = new PublicLinks(props, env);
        this.client = MinioClient.builder()
                .endpoint(props.endpoint())
                .credentials(props.accessKey(), props.secretKey())
                .region(props.region())
                .build();
    }

    public void put(String key, byte[] bytes, String contentType) {
        put(key, new ByteArrayInputStream(bytes), bytes.length, contentType);
    }

    /** Streams {@code in} to the store; a size of -1 streams in parts without knowing the length. */
    public void put(String key, InputStream in, long size, String contentType) {
        try {
            ensureBucket();
            client.putObject(PutObjectArgs.builder().bucket(props.bucket()).object(key)
                    .stream(in, size, size >= 0 ? -1 : PART_SIZE).contentType(contentType).build());
        } catch (Exception e) {
            throw unavailable("put", e);
        }
    }

    /** Streams a file to the store with its known length. */
    public void put(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            put(key, in, Files.size(file), contentType);
        } catch (IOException e) {
            throw unavailable("read", e);
        }
    }

    /** Whether the object is there; a store that cannot be reached is {@link StorageErrorCodes#UNAVAILABLE}, not "no". */
    public boolean exists(String key) {
        try {
            ensureBucket();
            client.statObject(StatObjectArgs.builder().bucket(props.bucket()).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchObject".equals(e.errorResponse().code())) {
                return false;
            }
            throw unavailable("stat", e);
        } catch (Exception e) {
            throw unavailable("stat", e);
        }
    }

    /** The object's bytes, or empty when there is no such object. For small objects (codes, thumbnails). */
    public Optional<byte[]> find(String key) {
        try {
            ensureBucket();
            try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(props.bucket()).object(key).build())) {
                return Optional.of(in.readAllBytes());
            }
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw unavailable("get", e);
        } catch (Exception e) {
            throw unavailable("get", e);
        }
    }

    /**
     * The stored object, or what {@code make} produces, stored under the key for next time: for images another
     * service makes at a cost (mini-program codes cost WeChat quota). Two first calls at once both make it; the
     * results are the same, so whichever write lands last is fine.
     */
    public byte[] findOrPut(String key, String contentType, Supplier<byte[]> make) {
        return find(key).orElseGet(() -> {
            byte[] made = make.get();
            put(key, made, contentType);
            return made;
        });
    }

    public void delete(String key) {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(props.bucket()).object(key).build());
        } catch (Exception e) {
            throw unavailable("delete", e);
        }
    }

    /**
     * A short-lived link to download a private object, for whom may see it, signed for the public URL. A link is reused while more
     * than half its life remains: signing costs CPU on every quiz start, the link itself is the same.
     */
    public String signedUrl(String key, Duration ttl) {
        long now = System.currentTimeMillis();
        SignedUrl cached = signed.get(key);
        if (cached != null && cached.ttl.equals(ttl) && cached.reuseUntil > now) {
            return cached.url;
        }
        try {
            String url = links.sign(key, ttl);
            if (signed.size() > 10_000) {
                signed.clear();
            }
            signed.put(key, new SignedUrl(url, ttl, now + ttl.toMillis() / 2));
            return url;
        } catch (Exception e) {
            throw unavailable("sign", e);
        }
    }

    private record SignedUrl(String url, Duration ttl, long reuseUntil) {
    }

    public String signedUrl(String key) {
        return signedUrl(key, props.signedUrlTtl());
    }

    void ensureBucket() throws Exception {
        if (bucketReady) {
            return;
        }
        synchronized (this) {
            if (!bucketReady) {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(props.bucket()).build())) {
                    try {
                        client.makeBucket(MakeBucketArgs.builder().bucket(props.bucket()).region(props.region()).build());
                    } catch (ErrorResponseException e) {
                        String code = e.errorResponse().code();
                        if (!"BucketAlreadyOwnedByYou".equals(code) && !"BucketAlreadyExists".equals(code)) {
                            throw e;
                        }
                    }
                }
                bucketReady = true;
            }
        }
    }

    private static BizException unavailable(String op, Exception e) {
        log.warn("object storage {} failed: {}", op, e.getClass().getSimpleName());
        return StorageErrorCodes.UNAVAILABLE.exception();
    }
}
