package cn.safetymonth.support;

/**
 * An S3 server in its own process, for benchmarks that run the production jar (which carries no
 * embedded servers): {@code java -cp <test classpath> cn.safetymonth.support.S3ProxyMain 29600}.
 */
public final class S3ProxyMain {

    private S3ProxyMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 29600;
        EmbeddedServers.s3(port, null);
        System.out.println("S3Proxy listening on http://127.0.0.1:" + port + " (access key " + EmbeddedServers.S3_ACCESS_KEY + ")");
        Thread.currentThread().join();
    }
}
