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
 * A Redis Cluster of three masters (with no replicas, or some for a failover) on loopback, each node a
 * {@link RedisProcess} with a directory of its own for its nodes.conf, the 16384 slots split among the masters by
 * {@code redis-cli --cluster create}. Each node's cluster bus is
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
        return start(from, to, 0, Duration.ofSeconds(15));
    }

    /**
     * Three masters with {@code replicas} replicas each; a master silent for {@code nodeTimeout} is failed over to its
     * replica (a short one makes a quick failover, and under load a spurious one: only for a test of failover).
     */
    public static RedisCluster start(int from, int to, int replicas, Duration nodeTimeout) throws IOException {
        int count = MASTERS * (1 + replicas);
        List<Integer> ports = new ArrayList<>();
        for (int p = from; p <= to && ports.size() < count; p++) {
            if (RedisProcess.free(p) && RedisProcess.free(p + BUS_OFFSET)) {
                ports.add(p);
            }
        }
        if (ports.size() < count) {
            throw new IllegalStateException("no " + count + " free ports (and bus ports +" + BUS_OFFSET + ") in " + from + ".." + to);
        }
        RedisCluster cluster = new RedisCluster();
        try {
            for (int port : ports) {
                Path dir = Files.createTempDirectory("redis-cluster-" + port);
                cluster.dirs.add(dir);
                cluster.nodes.add(RedisProcess.startOn(port, "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                        "--cluster-port", Integer.toString(port + BUS_OFFSET),
                        "--cluster-node-timeout", Long.toString(nodeTimeout.toMillis()), "--dir", dir.toString()));
            }
            List<String> create = new ArrayList<>(List.of(CLI, "--cluster", "create"));
            ports.forEach(p -> create.add("127.0.0.1:" + p));
            create.addAll(List.of("--cluster-replicas", Integer.toString(replicas), "--cluster-yes"));
            run(create);
            cluster.awaitOk(cluster.nodes);
            if (replicas > 0) {
                cluster.awaitReplicasInSync();
            }
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.stop();
            throw e;
        }
    }

    /** Kills (SIGKILL) a master and waits until its replica has taken over its slots: a failover. */
    public void failOverByKillingAMaster() throws IOException {
        RedisProcess master = nodes.stream().filter(n -> role(n).startsWith("master")).findFirst().orElseThrow();
        master.kill();
        List<RedisProcess> alive = nodes.stream().filter(n -> n != master).toList();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (alive.stream().filter(n -> role(n).startsWith("master")).count() < MASTERS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no replica took over from " + master.port());
            }
            sleep();
        }
        awaitOk(alive);
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

    /** Until each of {@code which} says the slots are all served (cluster_state:ok), which follows create by a moment. */
    private void awaitOk(List<RedisProcess> which) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (RedisProcess node : which) {
            String info;
            while (!(info = cli(node, "cluster", "info")).contains("cluster_state:ok")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the cluster is not ok on " + node.port() + ": " + info);
                }
                sleep();
            }
        }
    }

    /** A replica takes over only with its master's data: until each one's link to its master is up. */
    private void awaitReplicasInSync() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (RedisProcess node : nodes) {
            String info;
            while (!(info = cli(node, "info", "replication")).contains("role:master") && !info.contains("master_link_status:up")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("replica " + node.port() + " not in sync: " + info);
                }
                sleep();
            }
        }
    }

    private static String role(RedisProcess node) {
        try {
            return cli(node, "role");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cli(RedisProcess node, String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(CLI, "-p", Integer.toString(node.port())));
        line.addAll(List.of(command));
        return run(line);
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
