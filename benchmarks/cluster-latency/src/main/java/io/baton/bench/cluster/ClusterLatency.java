package io.baton.bench.cluster;

import io.baton.launcher.Cluster;
import io.baton.launcher.Ports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the poll, update and event benchmarks against a real cluster and prints their numbers: a running one named by
 * {@code --api} and {@code --kafka}, or else one started here from the built services on free ports.
 */
public final class ClusterLatency {
    private static final Map<String, String> DEFAULTS = Map.of(
            "--warmup", "20", "--poll-runs", "200", "--event-runs", "100", "--workflows", "1000", "--workers", "8",
            "--repo", ".");

    private ClusterLatency() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Cluster cluster = null;
        String apiUrl = options.get("--api");
        String kafka = options.get("--kafka");
        if (apiUrl == null || kafka == null) {
            Path state = Files.createTempDirectory("baton-bench");
            System.out.println("starting a cluster from " + Path.of(options.get("--repo")).toAbsolutePath()
                    + " (state in " + state + ")");
            cluster = Cluster.start(Path.of(options.get("--repo")), state, Ports.random());
            apiUrl = cluster.frontDoorUrl() + "/api";
            kafka = cluster.infrastructure().kafkaBootstrapServers();
        }
        try {
            System.out.println(run(new BatonApi(apiUrl), kafka, options));
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private static String run(BatonApi api, String kafka, Map<String, String> options) throws InterruptedException {
        int warmUp = Integer.parseInt(options.get("--warmup"));
        List<String> lines = new ArrayList<>();
        lines.add("load average before: " + loadAverage());
        new PollLatency(api).run(warmUp, Integer.parseInt(options.get("--poll-runs")))
                .forEach(samples -> lines.add(samples.summary()));
        UpdateThroughput.Result updates = new UpdateThroughput(api)
                .run(Integer.parseInt(options.get("--workflows")), Integer.parseInt(options.get("--workers")));
        lines.add(updates.throughput());
        lines.add(updates.updates().summary());
        new EventLatency(api, kafka).run(warmUp, Integer.parseInt(options.get("--event-runs")))
                .forEach(samples -> lines.add(samples.summary()));
        lines.add("load average after: " + loadAverage());
        return String.join("\n", lines);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>(DEFAULTS);
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].equals("--api") && !args[i].equals("--kafka") && !DEFAULTS.containsKey(args[i])
                    || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--api URL --kafka HOST:PORT] [--repo DIR] [--warmup N]"
                        + " [--poll-runs N] [--event-runs N] [--workflows N] [--workers N]; bad: " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
