package io.baton.launcher;

import io.baton.infra.EmbeddedKafka;
import io.baton.infra.EmbeddedPostgres;
import io.baton.infra.Processes;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A whole Baton cluster on this machine as real processes: PostgreSQL and Kafka (unless given from outside), the four
 * services, and the front door. Each runs detached with its pid in {@code <state>/run/<name>.pid} and its output in
 * {@code <state>/logs/<name>.log}; data lives in {@code <state>/postgres} and {@code <state>/kafka}, so it survives
 * {@link #down} and {@link #up}. The {@code baton} command drives it; tests can start one on free ports with
 * {@link #start(Path, Path, Ports)}.
 */
public final class Cluster implements AutoCloseable {
    public static final List<String> SERVICES = List.of("workflow-api", "task-queue", "decider", "event-handlers");
    public static final String SERVICE_JAVA_OPTS_VARIABLE = "BATON_SERVICE_JAVA_OPTS";
    /**
     * A small heap to begin with keeps an idle service's RSS low; a fixed 32 MiB young generation keeps its collections
     * rare under load (with only {@code -Xms32m} the young generation stayed at 10 MiB and seq3 ran 20% slower).
     */
    private static final String DEFAULT_SERVICE_JAVA_OPTS =
            "-Xms64m -Xmn32m -Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError";
    private static final Duration INFRA_READY_WITHIN = Duration.ofSeconds(90);
    private static final Duration SERVICE_READY_WITHIN = Duration.ofSeconds(180);
    /**
     * Long enough for four services writing their AOT caches at once on two cores: about 20 s after an idle run, but
     * after a run under load the decider, killed at 40 s, lost its cache (and trained again on the next start).
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(120);
    private static final int LOG_LINES_ON_FAILURE = 40;

    private final Path repoRoot;
    private final Path stateDir;
    private final Ports ports;
    private final Infrastructure infrastructure;
    private final List<String> serviceJavaOptions;
    private final boolean trainAotCaches;
    /** Started in this order, each group together; stopped in the reverse order. */
    private final List<List<Component>> stages;

    /**
     * @param trainAotCaches whether a service with no usable AOT cache trains one ({@link AotCache}); a trained JVM
     *     writes its cache as it stops, which can take a minute after a run under load
     */
    public Cluster(Path repoRoot, Path stateDir, Ports ports, Infrastructure infrastructure, boolean trainAotCaches) {
        this.repoRoot = repoRoot.toAbsolutePath();
        this.trainAotCaches = trainAotCaches;
        this.stateDir = stateDir.toAbsolutePath();
        this.ports = ports;
        this.infrastructure = infrastructure;
        String options = System.getenv().getOrDefault(SERVICE_JAVA_OPTS_VARIABLE, DEFAULT_SERVICE_JAVA_OPTS);
        this.serviceJavaOptions = Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        this.stages = List.of(infrastructureComponents(), serviceComponents(), List.of(frontDoor()));
    }

    /**
     * Starts a cluster with its own embedded Kafka and PostgreSQL whose state lives in {@code stateDir}, and returns
     * once every process is ready. If one does not get ready, stops those it started and throws. Its services use an
     * AOT cache if there is one but train none, so that it stops in seconds: a test JVM that closes it at exit is
     * killed after 30 s, and what it had not stopped by then (Kafka, PostgreSQL) was left running.
     */
    public static Cluster start(Path repoRoot, Path stateDir, Ports ports) {
        return start(repoRoot, stateDir, ports, false, System.out::println);
    }

    /**
     * {@link #start(Path, Path, Ports)} reporting each process started and ready to {@code progress}, training AOT
     * caches if asked ({@link #Cluster(Path, Path, Ports, Infrastructure, boolean)}).
     */
    public static Cluster start(Path repoRoot, Path stateDir, Ports ports, boolean trainAotCaches,
            Consumer<String> progress) {
        Cluster cluster = new Cluster(repoRoot, stateDir, ports, Infrastructure.embedded(ports), trainAotCaches);
        try {
            cluster.up(progress);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /**
     * Starts every process that is not running yet, then waits until all are ready.
     *
     * @return how long it took
     * @throws IllegalStateException naming the process that did not become ready, with the end of its log
     */
    public Duration up(Consumer<String> progress) {
        long began = System.nanoTime();
        try {
            Files.createDirectories(runDir());
            Files.createDirectories(logDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (List<Component> stage : stages) {
            List<ProcessHandle> processes = new ArrayList<>();
            for (Component component : stage) {
                processes.add(running(component).orElseGet(() -> launch(component, progress)));
            }
            for (int i = 0; i < stage.size(); i++) {
                Component component = stage.get(i);
                try {
                    component.readiness().await(processes.get(i), component.readyWithin());
                } catch (RuntimeException e) {
                    throw new IllegalStateException(component.name() + " is not ready: " + e.getMessage()
                            + "\n--- last lines of " + logFile(component.name()) + " ---\n"
                            + tail(logFile(component.name())), e);
                }
                progress.accept(String.format("  %-15s ready", component.name()));
            }
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** Stops every process (SIGTERM, then SIGKILL after a bound), front door first, PostgreSQL last. */
    public void down(Consumer<String> progress) {
        for (List<Component> stage : stages.reversed()) {
            CompletableFuture.allOf(stage.stream()
                    .map(component -> CompletableFuture.runAsync(() -> stop(component, progress)))
                    .toArray(CompletableFuture[]::new)).join();
        }
    }

    /** Each process with its port and pid, if running. */
    public List<ComponentStatus> status() {
        return stages.stream().flatMap(List::stream)
                .map(c -> new ComponentStatus(c.name(), c.port(), running(c).map(p -> OptionalLong.of(p.pid()))
                        .orElse(OptionalLong.empty())))
                .toList();
    }

    public String frontDoorUrl() {
        return "http://localhost:" + ports.frontDoor();
    }

    public Ports ports() {
        return ports;
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public Path logFile(String name) {
        return logDir().resolve(name + ".log");
    }

    /** The processes of this cluster, by name, in start order. */
    public List<String> names() {
        return stages.stream().flatMap(List::stream).map(Component::name).toList();
    }

    @Override
    public void close() {
        down(line -> { });
    }

    /** A process of the cluster: running when it has a pid. */
    public record ComponentStatus(String name, int port, OptionalLong pid) {
        public boolean running() {
            return pid.isPresent();
        }
    }

    private List<Component> infrastructureComponents() {
        List<Component> components = new ArrayList<>();
        if (infrastructure.embeddedPostgres()) {
            Path dataDir = stateDir.resolve("postgres");
            components.add(new Component("postgres", ports.postgres(),
                    // 160 MiB: on a machine's first start it unpacks PostgreSQL's binaries, and their xz archive's
                    // 64 MiB dictionary does not fit a smaller heap (64 and 96 MiB ran out of memory; 128 MiB was enough).
                    log -> spawn(launcherJvm("postgres", "-Xmx160m", PostgresProcess.class.getName(),
                            dataDir.toString(), Integer.toString(ports.postgres()), log.toString()), Map.of(), log),
                    Readiness.postgres(infrastructure.jdbcUrl(), infrastructure.dbUser(), infrastructure.dbPassword()),
                    INFRA_READY_WITHIN,
                    // The JVM stops PostgreSQL on SIGTERM; if it was killed instead, the server would be left running.
                    stoppedGracefully -> EmbeddedPostgres.postmaster(dataDir)
                            .ifPresent(p -> Processes.terminate(p, STOP_GRACE))));
        }
        if (infrastructure.embeddedKafka()) {
            components.add(new Component("kafka", ports.kafka(),
                    log -> new EmbeddedKafka(stateDir.resolve("kafka"), ports.kafka(), ports.kafkaController(), log)
                            .launch(OptionalLong.empty(), detachPrefix()),
                    Readiness.kafka(infrastructure.kafkaBootstrapServers()), INFRA_READY_WITHIN, Component.AfterStop.NOTHING));
        }
        return components;
    }

    private List<Component> serviceComponents() {
        int[] servicePorts = {ports.workflowApi(), ports.taskQueue(), ports.decider(), ports.eventHandlers()};
        List<Component> components = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>(infrastructure.serviceEnvironment());
        environment.put("BATON_WORKFLOW_API_URL", "http://localhost:" + ports.workflowApi()); // event-handlers starts workflows there
        for (int i = 0; i < SERVICES.size(); i++) {
            String name = SERVICES.get(i);
            int port = servicePorts[i];
            AotCache aotCache = AotCache.of(serviceJar(name), stateDir, trainAotCaches);
            components.add(new Component(name, port, log -> spawn(serviceCommand(name, port, aotCache),
                    environment, log),
                    Readiness.http(URI.create("http://localhost:" + port + "/q/health/ready")),
                    SERVICE_READY_WITHIN, aotCache::keepTrained));
        }
        return components;
    }

    private Component frontDoor() {
        return new Component("front-door", ports.frontDoor(),
                log -> spawn(launcherJvm("front-door", "-Xmx96m", FrontDoor.class.getName(),
                        Integer.toString(ports.frontDoor()), Integer.toString(ports.workflowApi()),
                        Integer.toString(ports.taskQueue()), Integer.toString(ports.eventHandlers())), Map.of(), log),
                // Through the proxy to workflow-api: proves the front door and its routing, not just an open port.
                Readiness.http(URI.create(frontDoorUrl() + "/q/health/ready")), INFRA_READY_WITHIN, Component.AfterStop.NOTHING);
    }

    private List<String> serviceCommand(String name, int port, AotCache aotCache) {
        Path jar = serviceJar(name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./baton build)");
        }
        List<String> command = new ArrayList<>(List.of(Processes.currentJava(), Component.marker(name),
                "-Dquarkus.http.port=" + port));
        command.addAll(serviceJavaOptions);
        command.addAll(aotCache.options());
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    public Path serviceJar(String name) {
        return repoRoot.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** A JVM running one of this module's own main classes, on the classpath this JVM was started with. */
    private static List<String> launcherJvm(String name, String heap, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Processes.currentJava(), Component.marker(name), heap,
                "-XX:+UseSerialGC", "-cp", absoluteClasspath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private static String absoluteClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    }

    private ProcessHandle launch(Component component, Consumer<String> progress) {
        if (portTaken(component.port())) {
            throw new IllegalStateException("port " + component.port() + " for " + component.name()
                    + " is already in use by another process; stop it or choose another port (see BATON_*_PORT)");
        }
        Path log = logFile(component.name());
        try {
            Process process = component.launch().start(log);
            Files.writeString(pidFile(component.name()), Long.toString(process.pid()));
            progress.accept(String.format("  %-15s started (pid %d, port %d)", component.name(), process.pid(),
                    component.port()));
            return process.toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + component.name(), e);
        }
    }

    private Process spawn(List<String> command, Map<String, String> environment, Path log) throws IOException {
        List<String> full = new ArrayList<>(detachPrefix());
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** A new session for each process, so a Ctrl-C on the terminal that ran {@code baton up} does not reach it. */
    private static List<String> detachPrefix() {
        return Stream.of("/usr/bin/setsid", "/bin/setsid").filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst().map(List::of).orElse(List.of());
    }

    private void stop(Component component, Consumer<String> progress) {
        Optional<ProcessHandle> process = running(component);
        boolean graceful = process.map(p -> {
            boolean terminated = Processes.terminate(p, STOP_GRACE);
            progress.accept(String.format("  %-15s stopped (pid %d%s)", component.name(), p.pid(),
                    terminated ? "" : ", killed after " + STOP_GRACE.toSeconds() + "s"));
            return terminated;
        }).orElse(false);
        component.afterStop().run(graceful);
        try {
            Files.deleteIfExists(pidFile(component.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live process named by the component's pid file, if it is still that component. */
    private Optional<ProcessHandle> running(Component component) {
        Path pidFile = pidFile(component.name());
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(line -> line.contains(component.marker())).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean portTaken(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private Path runDir() {
        return stateDir.resolve("run");
    }

    private Path logDir() {
        return stateDir.resolve("logs");
    }

    private Path pidFile(String name) {
        return runDir().resolve(name + ".pid");
    }
}
