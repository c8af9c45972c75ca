package cn.safetymonth.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A redis-server of a test's own, as a process the test can pause (SIGSTOP: connections stay open, nothing answers),
 * kill (SIGKILL: connections reset) and start again empty on the same port: the faults an operator meets.
 */
public final class RedisProcess {

    private static final String BINARY = "/usr/bin/redis-server";

    private final int port;
    private Process process;

    private RedisProcess(int port) {
        this.port = port;
    }

    public static boolean available() {
        return new File(BINARY).canExecute();
    }

    /** Starts one on a free port of {@code from}..{@code to}. */
    public static RedisProcess start(int from, int to) throws IOException {
        for (int p = from; p <= to; p++) {
            if (free(p)) {
                RedisProcess redis = new RedisProcess(p);
                redis.start();
                return redis;
            }
        }
        throw new IllegalStateException("no free port in " + from + ".." + to);
    }

    public int port() {
        return port;
    }

    /** (Re)starts the server, empty, and waits until it accepts connections. */
    public synchronized void start() throws IOException {
        Path log = Files.createTempFile("redis-" + port, ".log");
        process = new ProcessBuilder(BINARY, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
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

    private static boolean free(int port) {
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
