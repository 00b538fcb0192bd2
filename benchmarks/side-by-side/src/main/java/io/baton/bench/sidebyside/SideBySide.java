package io.baton.bench.sidebyside;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.baton.bench.cluster.BatonApi;
import io.baton.infra.EmbeddedPostgres;
import io.baton.launcher.Cluster;
import io.baton.launcher.Infrastructure;
import io.baton.launcher.Ports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * {@code ./baton bench}: starts a Baton cluster on its embedded Kafka and PostgreSQL (or uses a running one), measures
 * what the hardware allows, runs each workload as an open-loop ladder of start rates and one closed-loop saturation
 * run, and with {@code --compare} does the same against the reference Conductor server on the same PostgreSQL and
 * Kafka. Prints one table per workload and writes results.json and results.html.
 */
public final class SideBySide {
    private static final Duration IDLE_SAMPLE = Duration.ofSeconds(10);
    private static final Duration WARM_UP_SLICE = Duration.ofSeconds(15);
    /** Two warm-up slices this much faster than the two before mean the JIT is still paying off. */
    private static final double SETTLED = 0.05;
    private final Options options;
    private final List<StepResult> results = new ArrayList<>();
    private final List<String> notAvailable = new ArrayList<>();
    private final Map<String, Map<String, Double>> idle = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> idleRssMib = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> peakRssMib = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> startSeconds = new LinkedHashMap<>();

    private SideBySide(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new SideBySide(options).run();
    }

    private void run() throws Exception {
        if (options.compare()) {
            ConductorServer.ensurePresent(options.conductorJar());
        }
        Path out = options.out();
        Files.createDirectories(out);
        Cluster cluster = null;
        try {
            String batonApi = options.api();
            String kafka = options.kafka();
            Database db = options.database();
            Map<String, Long> batonPids = new LinkedHashMap<>();
            if (batonApi == null) {
                Path state = Files.createTempDirectory(out, "baton-state");
                System.out.println("starting a Baton cluster on free ports (state in " + state + ")");
                Ports ports = Ports.random();
                Map<String, Instant> readyAt = new ConcurrentHashMap<>();
                // Trains AOT caches as ./baton up does, so the next run starts from them.
                cluster = Cluster.start(options.repo(), state, ports, true, line -> {
                    System.out.println(line);
                    if (line.endsWith(" ready")) {
                        readyAt.put(line.trim().split("\\s+")[0], Instant.now());
                    }
                });
                batonApi = cluster.frontDoorUrl() + "/api";
                Infrastructure infra = cluster.infrastructure();
                kafka = infra.kafkaBootstrapServers();
                db = new Database(infra.dbHost(), infra.dbPort(), infra.dbName(), infra.dbUser(), infra.dbPassword());
                cluster.status().forEach(s -> s.pid().ifPresent(pid -> batonPids.put(s.name(), pid)));
                // pg_ctl detaches the postmaster from the launcher's JVM: measure it (and its backends) directly.
                EmbeddedPostgres.postmaster(state.resolve("postgres"))
                        .ifPresent(postmaster -> batonPids.put("postgres", postmaster.pid()));
                startSeconds.put(Report.BATON, startToReady(batonPids, readyAt));
            }
            Map<String, Long> infraPids = new LinkedHashMap<>();
            batonPids.forEach((name, pid) -> {
                if (name.equals("postgres") || name.equals("kafka")) {
                    infraPids.put(name, pid);
                }
            });
            System.out.println("load average at start: " + LoadRun.loadAverage());
            System.out.println("workers: " + options.workers().describe());
            PhysicalLimits.Result limits = PhysicalLimits.measure(db, kafka, Duration.ofSeconds(10));
            System.out.println(limits.describe());

            runSystem(Report.BATON, batonApi, kafka, batonPids, db);
            if (options.compare()) {
                Path log = out.resolve("conductor.log");
                System.out.println("starting Conductor 3.32.3 on the same PostgreSQL (database conductor), log " + log);
                Database conductorDb = db.sibling("conductor");
                try (ConductorServer conductor = ConductorServer.start(options.conductorJar(), conductorDb,
                        kafka, log)) {
                    startSeconds.put(Report.CONDUCTOR, startToReady(Map.of("conductor", conductor.pid()),
                            Map.of("conductor", Instant.now())));
                    Map<String, Long> pids = new LinkedHashMap<>(infraPids);
                    pids.put("conductor", conductor.pid());
                    runSystem(Report.CONDUCTOR, conductor.apiUrl(), kafka, pids, conductorDb);
                }
            }
            String tables = Report.tables(results, options.workloads(), notAvailable, limits.postgresRowsPerSecond())
                    + Report.memory(idleRssMib, peakRssMib, startSeconds);
            System.out.println(tables);
            System.out.println("load average at end: " + LoadRun.loadAverage());
            write(out, limits, tables);
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private void runSystem(String system, String apiUrl, String kafka, Map<String, Long> pids, Database db)
            throws Exception {
        BatonApi api = new BatonApi(apiUrl);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ProcessCpu cpu = new ProcessCpu(pids);
        DatabaseWrites writes = new DatabaseWrites(db);
        ProcessMemory memory = new ProcessMemory(pids);
        System.out.println("\n" + system + " at " + apiUrl + " (processes measured: " + pids.keySet() + ")");
        idleRssMib.put(system, memory.snapshot());
        System.out.println("RSS MiB when up, before the warm-up: " + idleRssMib.get(system));
        Map<String, Double> peak = peakRssMib.computeIfAbsent(system, s -> new LinkedHashMap<>());
        try (SdkWorkers workers = SdkWorkers.start(apiUrl, Workload.taskType(suffix), options.workers())) {
            warmUp(system, api, suffix, cpu, writes);
            idle.put(system, idleCores(cpu));
            System.out.println("idle CPU (cores) with workers polling: " + idle.get(system));
            for (String name : options.workloads()) {
                Workload workload = Workload.named(name);
                if (!name.equals("seq3") || options.warmUp().isZero()) {
                    workload.register(api, suffix);
                }
                try (Starter starter = starter(api, workload, suffix, kafka)) {
                    LoadRun load = new LoadRun(system, workload, starter, cpu, writes);
                    for (double rate : options.rates()) {
                        StepResult step = load.openLoop(rate, options.duration(), options.drain());
                        report(step);
                        if (!step.keptUp()) {
                            break;
                        }
                    }
                    report(memory.samplingPeak(peak,
                            () -> load.closedLoop(options.clients(), options.duration(), options.drain())));
                } catch (RuntimeException e) {
                    System.out.println(system + " " + name + ": n/a (" + e.getMessage() + ")");
                    notAvailable.add(system + "/" + name);
                }
            }
        }
        System.out.println("peak RSS MiB in the closed-loop runs: " + peak);
    }

    /**
     * Seconds from each process's start (its /proc start time) to the moment it was seen ready. The launcher starts
     * the four services at once and polls their readiness in turn every 250 ms, so a service's time
     * includes sharing the CPU with the other three and may overstate by one poll.
     */
    private static Map<String, Double> startToReady(Map<String, Long> pids, Map<String, Instant> readyAt) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        readyAt.forEach((name, ready) -> {
            Long pid = pids.get(name);
            if (pid != null) {
                ProcessHandle.of(pid).flatMap(p -> p.info().startInstant()).ifPresent(started ->
                        seconds.put(name, Duration.between(started, ready).toMillis() / 1000.0));
            }
        });
        System.out.println("start to healthy (s): " + seconds);
        return seconds;
    }

    /**
     * The 3-task workload at the closed-loop run's clients, not counted, in slices of {@link #WARM_UP_SLICE}, for at
     * least {@code --warmup} and then until the last two slices are no more than {@link #SETTLED} faster than the two
     * before them, at most five times {@code --warmup}. The JIT compiles the hot paths meanwhile: on two cores,
     * Baton's four JVMs spent over 200 CPU-seconds compiling (jstat -compiler), more than a minute of both cores gives,
     * and a seq3 run right after a one-minute warm-up measured three quarters of what the same JVMs did a few runs
     * later.
     */
    private void warmUp(String system, BatonApi api, String suffix, ProcessCpu cpu, DatabaseWrites writes)
            throws InterruptedException {
        if (options.warmUp().isZero()) {
            return;
        }
        Workload warm = Workload.named("seq3");
        warm.register(api, suffix);
        LoadRun load = new LoadRun(system, warm, Starter.api(api, warm.workflowName(suffix), warm), cpu, writes);
        List<Double> rates = new ArrayList<>();
        int verified = 0;
        Duration spent = Duration.ZERO;
        Duration bound = options.warmUp().multipliedBy(5);
        while (spent.compareTo(bound) < 0 && (spent.compareTo(options.warmUp()) < 0 || !settled(rates))) {
            StepResult slice = load.closedLoop(options.clients(), WARM_UP_SLICE, options.drain());
            rates.add(Math.round(slice.workflowsPerSecond() * 10) / 10.0);
            verified += slice.verified();
            spent = spent.plus(WARM_UP_SLICE);
        }
        System.out.println("warm-up (not counted): " + verified + " workflows of seq3 in " + spent.toSeconds()
                + " s, wf/s per " + WARM_UP_SLICE.toSeconds() + "-s slice " + rates
                + (settled(rates) ? " (settled)" : " (not settled: bound reached)"));
    }

    /**
     * The last two slices together gained at most {@link #SETTLED} over the two before. Pairs, not single slices: one
     * slice varies by a tenth or more, and a single slow one ended a warm-up still climbing (6.7 to 34.1 wf/s in 90 s,
     * while the same cluster reached 50 later).
     */
    static boolean settled(List<Double> rates) {
        int n = rates.size();
        return n >= 4 && rates.get(n - 1) + rates.get(n - 2) <= (rates.get(n - 3) + rates.get(n - 4)) * (1 + SETTLED);
    }

    /**
     * CPU cores each process uses with no workflow running and the workers polling, so a step's CPU per workflow can be
     * read net of what the system spends doing nothing.
     */
    private static Map<String, Double> idleCores(ProcessCpu cpu) throws InterruptedException {
        Map<String, Double> before = cpu.snapshot();
        Thread.sleep(IDLE_SAMPLE);
        Map<String, Double> cores = new LinkedHashMap<>();
        ProcessCpu.used(before, cpu.snapshot()).forEach((process, seconds) ->
                cores.put(process, Math.round(seconds / IDLE_SAMPLE.toSeconds() * 1000) / 1000.0));
        return cores;
    }

    private void report(StepResult step) {
        results.add(step);
        System.out.println(step.workload() + " " + Report.row(step) + "  load " + step.loadAverage());
    }

    /** For the event workload, a topic of the run's own and an event handler on it starting the workflow. */
    private static Starter starter(BatonApi api, Workload workload, String suffix, String kafka) throws Exception {
        String workflowName = workload.workflowName(suffix);
        if (!workload.byEvent()) {
            return Starter.api(api, workflowName, workload);
        }
        String topic = "bench_events_" + suffix;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        api.post("/event", """
                {"name": "bench_start_%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s", "version": 1,
                   "correlationId": "${payload.run}", "input": {"n": "${payload.n}"}}}]}
                """.formatted(suffix, topic, workflowName));
        Starter starter = Starter.event(api, workflowName, kafka, topic);
        awaitHandlerListening(starter);
        return starter;
    }

    /**
     * A consumer that joins its topic after the first messages starts at the end and never sees them: messages are
     * sent (and their workflows ended) until one starts a workflow, so the measured steps begin with it listening.
     */
    private static void awaitHandlerListening(Starter starter) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<String> probes = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            probes.add(starter.start(0));
            Thread.sleep(2000);
            for (String probe : probes) {
                if (starter.find(probe).isPresent()) {
                    probes.forEach(starter::abandon);
                    return;
                }
            }
        }
        throw new IllegalStateException("no workflow started by the event handler within 90 s");
    }

    private void write(Path out, PhysicalLimits.Result limits, String tables) throws Exception {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("finished", Instant.now().toString());
        document.put("options", options.describe());
        document.put("workers", options.workers().describe());
        document.put("loadAverageAtEnd", LoadRun.loadAverage());
        document.put("physicalLimits", limits);
        document.put("idleCores", idle);
        document.put("idleRssMib", idleRssMib);
        document.put("peakRssMibClosedLoop", peakRssMib);
        document.put("startToHealthySeconds", startSeconds);
        document.put("notAvailable", notAvailable);
        document.put("results", results);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(),
                document);
        Files.writeString(out.resolve("results.html"), Charts.page(results, options.workloads(), tables,
                limits.describe() + "\nworkers: " + options.workers().describe()));
        System.out.println("wrote " + out.resolve("results.json") + " and " + out.resolve("results.html"));
    }

    /** The command line; see the module's README. */
    record Options(boolean compare, List<String> workloads, Duration duration, List<Double> rates, int clients,
                   Duration drain, Duration warmUp, SdkWorkers.Settings workers, String api, String kafka, Database database,
                   Path repo, Path out, Path conductorJar) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            String[] defaults = {"--workloads", String.join(",", Workload.ALL.stream().map(Workload::name).toList()),
                    "--duration", "20", "--rates", "10,50,100,200,400", "--clients", "32", "--drain", "30",
                    "--warmup", "60", "--worker-threads", "16", "--poll-interval-ms", "10", "--poll-timeout-ms", "100",
                    "--repo", ".", "--out", "benchmarks/side-by-side/target/side-by-side",
                    "--conductor-jar", ConductorServer.DEFAULT_JAR.toString()};
            for (int i = 0; i < defaults.length; i += 2) {
                values.put(defaults[i], defaults[i + 1]);
            }
            boolean compare = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--compare")) {
                    compare = true;
                } else if ((values.containsKey(args[i]) || List.of("--api", "--kafka", "--db").contains(args[i]))
                        && i + 1 < args.length) {
                    values.put(args[i], args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown or incomplete option " + args[i] + "; options: "
                            + "--compare " + values.keySet() + " and, for a running Baton, --api URL --kafka HOST:PORT"
                            + " --db postgres://USER:PASSWORD@HOST:PORT/NAME");
                }
            }
            if ((values.get("--api") == null) != (values.get("--kafka") == null)
                    || (values.get("--api") == null) != (values.get("--db") == null)) {
                throw new IllegalArgumentException("--api, --kafka and --db go together (a running Baton)");
            }
            List<String> workloads = Arrays.stream(values.get("--workloads").split(",")).map(String::trim).toList();
            workloads.forEach(Workload::named);
            return new Options(compare, workloads, Duration.ofSeconds(Long.parseLong(values.get("--duration"))),
                    Arrays.stream(values.get("--rates").split(",")).map(s -> Double.parseDouble(s.trim())).toList(),
                    Integer.parseInt(values.get("--clients")), Duration.ofSeconds(Long.parseLong(values.get("--drain"))),
                    Duration.ofSeconds(Long.parseLong(values.get("--warmup"))),
                    new SdkWorkers.Settings(Integer.parseInt(values.get("--worker-threads")),
                            Integer.parseInt(values.get("--poll-interval-ms")),
                            Integer.parseInt(values.get("--poll-timeout-ms"))),
                    values.get("--api"), values.get("--kafka"), database(values.get("--db")),
                    Path.of(values.get("--repo")), Path.of(values.get("--out")), Path.of(values.get("--conductor-jar")));
        }

        private static Database database(String url) {
            if (url == null) {
                return null;
            }
            java.net.URI uri = java.net.URI.create(url);
            String[] user = uri.getUserInfo().split(":", 2);
            return new Database(uri.getHost(), uri.getPort(), uri.getPath().substring(1), user[0],
                    user.length > 1 ? user[1] : "");
        }

        String describe() {
            return "compare=" + compare + " workloads=" + workloads + " duration=" + duration.toSeconds() + "s rates="
                    + rates + " closed-loop clients=" + clients + " drain bound=" + drain.toSeconds() + "s warm-up="
                    + warmUp.toSeconds() + "s";
        }
    }
}
