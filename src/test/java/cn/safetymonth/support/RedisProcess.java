package cn.safetymonth.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A redis-server of a test's own, as a process the test can pause (SIGSTOP: connections stay open, nothing answers),
 * kill (SIGKILL: connections reset) and start again empty on the same port: the faults an operator meets. Also a node
 * of {@link RedisCluster}.
 */
public final class RedisProcess {

    private static final String BINARY = "/usr/bin/redis-server";

    private final int port;
    private final List<String> options;
    private Process process;

    private RedisProcess(int port, List<String> options) {
        this.port = port;
        this.options = options;
    }

    public static boolean available() {
        return new File(BINARY).canExecute();
    }

    /** Starts one on a free port of {@code from}..{@code to}. */
    public static RedisProcess start(int from, int to) throws IOException {
        for (int p = from; p <= to; p++) {
            if (free(p)) {
                return startOn(p);
            }
        }
        throw new IllegalStateException("no free port in " + from + ".." + to);
    }

    /** Starts one on {@code port} with more redis-server options ({@code "--cluster-enabled", "yes"}, …). */
    public static RedisProcess startOn(int port, String... options) throws IOException {
        RedisProcess redis = new RedisProcess(port, List.of(options));
        redis.start();
        return redis;
    }

    public int port() {
        return port;
    }

    /** (Re)starts the server, empty, and waits until it accepts connections. */
    public synchronized void start() throws IOException {
        Path log = Files.createTempFile("redis-" + port, ".log");
        List<String> command = new ArrayList<>(List.of(BINARY, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no"));
        command.addAll(options);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                sleep(20);
            }
        }
        throw new IllegalStateException("redis-server did not start on " + port + ": " + Files.readString(log));
    }

    public synchronized void pause() {
        signal("STOP");
    }

    public synchronized void resume() {
        signal("CONT");
    }

    /** SIGKILL, and waits until the port is closed. */
    public synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            resume();
            kill();
        }
    }

    private void signal(String name) {
        try {
            int rc = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (rc != 0) {
                throw new IllegalStateException("kill -" + name + " failed: " + rc);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
