package cn.safetymonth.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Redis Cluster of three masters (no replicas) on loopback, each a {@link RedisProcess} with a directory of its own
 * for its nodes.conf, the 16384 slots split among them by {@code redis-cli --cluster create}. Each node's cluster bus is
 * on its port + {@value #BUS_OFFSET}, so the cluster stays inside the ports it is given.
 */
public final class RedisCluster {

    private static final String CLI = "/usr/bin/redis-cli";
    private static final int MASTERS = 3;
    static final int BUS_OFFSET = 50;

    private final List<RedisProcess> nodes = new ArrayList<>();
    private final List<Path> dirs = new ArrayList<>();

    private RedisCluster() {
    }

    /** Three masters on the first free ports of {@code from}..{@code to} whose bus port (+50) is free too. */
    public static RedisCluster start(int from, int to) throws IOException {
        List<Integer> ports = new ArrayList<>();
        for (int p = from; p <= to && ports.size() < MASTERS; p++) {
            if (RedisProcess.free(p) && RedisProcess.free(p + BUS_OFFSET)) {
                ports.add(p);
            }
        }
        if (ports.size() < MASTERS) {
            throw new IllegalStateException("no " + MASTERS + " free ports (and bus ports +" + BUS_OFFSET + ") in " + from + ".." + to);
        }
        RedisCluster cluster = new RedisCluster();
        try {
            for (int port : ports) {
                Path dir = Files.createTempDirectory("redis-cluster-" + port);
                cluster.dirs.add(dir);
                cluster.nodes.add(RedisProcess.startOn(port, "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                        "--cluster-port", Integer.toString(port + BUS_OFFSET), "--cluster-node-timeout", "5000",
                        "--dir", dir.toString()));
            }
            List<String> create = new ArrayList<>(List.of(CLI, "--cluster", "create"));
            ports.forEach(p -> create.add("127.0.0.1:" + p));
            create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
            run(create);
            cluster.awaitState();
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.stop();
            throw e;
        }
    }

    /** The nodes as {@code host:port,host:port,…}, what {@code SAFETY_REDIS_CLUSTER_NODES} takes. */
    public String nodes() {
        return nodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }

    public int firstPort() {
        return nodes.get(0).port();
    }

    public void stop() {
        nodes.forEach(RedisProcess::stop);
        for (Path dir : dirs) {
            try {
                Files.deleteIfExists(dir.resolve("nodes.conf"));
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // a temp dir left behind
            }
        }
    }

    /** Until every node has agreed on the slots (cluster_state:ok), which follows create by a moment. */
    private void awaitState() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (RedisProcess node : nodes) {
            String info;
            while (!(info = run(List.of(CLI, "-p", Integer.toString(node.port()), "cluster", "info"))).contains("cluster_state:ok")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the cluster did not come up on " + node.port() + ": " + info);
                }
                sleep();
            }
        }
    }

    private static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
