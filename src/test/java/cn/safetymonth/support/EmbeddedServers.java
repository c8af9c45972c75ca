package cn.safetymonth.support;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The servers the embedded default and the tests run in-process: a real Redis server (binary
 * shipped in embedded-redis), a real S3 API (S3Proxy) and the WeChat stub.
 */
public final class EmbeddedServers {

    public static final String S3_ACCESS_KEY = "embedded-access-key";
    public static final String S3_SECRET_KEY = "embedded-secret-key-stub";

    private EmbeddedServers() {
    }

    /** A Redis server; with a data dir it keeps its data across restarts (append-only file). */
    public static RedisServer redis(int port, Path dataDir) throws IOException {
        var builder = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                .setting("save \"\"");
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            builder.setting("dir " + dataDir.toAbsolutePath()).setting("appendonly yes");
        } else {
            builder.setting("appendonly no");
        }
        RedisServer server = builder.build();
        server.start();
        return server;
    }

    /** An S3 server: on disk under {@code dataDir}, or in memory when it is null. */
    public static S3Proxy s3(int port, Path dataDir) throws Exception {
        var store = dataDir == null ? new TransientNio2BlobStore() : onDisk(dataDir);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, S3_ACCESS_KEY, S3_SECRET_KEY)
                .build();
        proxy.start();
        for (int i = 0; i < 100 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(20);
        }
        return proxy;
    }

    private static FilesystemNio2BlobStore onDisk(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        return new FilesystemNio2BlobStore(dataDir.toAbsolutePath().toString());
    }

    public static void stopQuietly(RedisServer redis) {
        try {
            redis.stop();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
