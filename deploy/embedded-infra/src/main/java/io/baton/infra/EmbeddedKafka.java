package io.baton.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker (the release recorded by deploy/kafka-broker) in KRaft mode, one node acting as broker and
 * controller, running in a child JVM so its jars never meet the caller's Kafka client. Its data directory survives
 * restarts: storage is formatted only the first time.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final String BROKER_CLASSPATH_RESOURCE = "baton/kafka-broker.classpath";
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Path logFile;
    private Process process;

    /**
     * @param dataDir        holds server.properties, the log4j2 config and the broker's log segments
     * @param port           the client listener (PLAINTEXT) port
     * @param controllerPort the KRaft controller listener port
     * @param logFile        where the broker's log goes
     */
    public EmbeddedKafka(Path dataDir, int port, int controllerPort, Path logFile) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.logFile = logFile.toAbsolutePath();
    }

    /** Starts the broker as a child of this JVM, tied to its lifetime, and waits until it serves clients. */
    public EmbeddedKafka start(Duration readyWithin) {
        process = launch(OptionalLong.of(ProcessHandle.current().pid()), List.of());
        awaitReady(bootstrapServers(), readyWithin, process.toHandle());
        return this;
    }

    /**
     * Formats the storage if this data directory is new, then starts the broker JVM and returns at once.
     *
     * @param watchedPid   when present, the broker exits as soon as that process ends
     * @param commandPrefix prepended to the java command line (e.g. {@code setsid} to detach it from a terminal)
     */
    public Process launch(OptionalLong watchedPid, List<String> commandPrefix) {
        try {
            Path serverProperties = writeConfig();
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                format(serverProperties);
            }
            List<String> command = new ArrayList<>(commandPrefix);
            command.addAll(javaCommand(watchedPid));
            command.add(KafkaBrokerMain.class.getName());
            command.add(serverProperties.toString());
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker in " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Stops the broker started by {@link #start}: a controlled shutdown first, then a kill after a bound. */
    @Override
    public void close() {
        if (process != null) {
            Processes.terminate(process.toHandle(), STOP_GRACE);
        }
    }

    /**
     * Waits until a broker at {@code bootstrapServers} answers a describeCluster request and has Baton's topics
     * ({@link BatonTopics}); fails at once if the broker process ends first.
     */
    public static void awaitReady(String bootstrapServers, Duration within, ProcessHandle broker) {
        long deadline = System.nanoTime() + within.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = Admin.create(config)) {
            Exception last = null;
            while (System.nanoTime() < deadline) {
                if (broker != null && !broker.isAlive()) {
                    throw new IllegalStateException("the Kafka broker exited before it was ready");
                }
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes().get(3, TimeUnit.SECONDS);
                    BatonTopics.ensure(admin, Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0)));
                    return;
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    last = e;
                }
            }
            throw new IllegalStateException("Kafka at " + bootstrapServers + " not ready within " + within, last);
        }
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.getParent());
        Path log4j = dataDir.resolve("log4j2.properties");
        Files.writeString(log4j, log4jConfig());
        Path serverProperties = dataDir.resolve("server.properties");
        Files.writeString(serverProperties, serverConfig());
        return serverProperties;
    }

    private String serverConfig() {
        // One node, replication 1 everywhere, few partitions for internal topics: a small box starts and rebalances fast.
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("logs"),
                "num.partitions=8",
                "auto.create.topics.enable=true",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=8",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=8",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=4",
                "");
    }

    private String log4jConfig() {
        return String.join("\n",
                "appender.file.type=File",
                "appender.file.name=file",
                "appender.file.fileName=" + logFile,
                "appender.file.append=true",
                "appender.file.layout.type=PatternLayout",
                "appender.file.layout.pattern=%d{ISO8601} %-5p [%c{1}] %m%n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.file.ref=file",
                // The per-request and state-change chatter drowns the lines a developer looks for.
                "logger.request.name=kafka.request.logger",
                "logger.request.level=WARN",
                "logger.state.name=state.change.logger",
                "logger.state.level=WARN",
                "logger.controller.name=org.apache.kafka.controller",
                "logger.controller.level=WARN",
                "");
    }

    private void format(Path serverProperties) throws IOException {
        List<String> command = javaCommand(OptionalLong.empty());
        command.addAll(List.of("kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString()));
        Process formatter = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS)) {
                formatter.destroyForcibly();
                throw new IllegalStateException("formatting Kafka storage in " + dataDir + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (formatter.exitValue() != 0) {
            throw new IllegalStateException("formatting Kafka storage failed, see " + logFile);
        }
    }

    private List<String> javaCommand(OptionalLong watchedPid) {
        List<String> command = new ArrayList<>(List.of(
                Processes.currentJava(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-Dbaton.component=kafka",
                "-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2.properties"),
                "-cp", brokerClasspath()));
        watchedPid.ifPresent(pid -> command.add(1, "-D" + KafkaBrokerMain.WATCH_PID_PROPERTY + "=" + pid));
        return command;
    }

    /** The broker's jars as recorded at build time, plus this module's code for {@link KafkaBrokerMain}. */
    private static String brokerClasspath() {
        try (InputStream in = EmbeddedKafka.class.getClassLoader().getResourceAsStream(BROKER_CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(BROKER_CLASSPATH_RESOURCE + " is missing: build deploy/kafka-broker");
            }
            String recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return recorded + File.pathSeparator + ownCodeLocation();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ownCodeLocation() {
        try {
            return Path.of(KafkaBrokerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Kafka " + bootstrapServers() + " (data " + dataDir + ")";
    }
}
