package io.baton.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * {@code baton up|down|status|logs NAME}: the local cluster from the repository root, state under {@code .baton/}.
 * Ports and external infrastructure come from the environment (see {@link Ports}, {@link Infrastructure}); the values
 * {@code up} used are remembered until {@code down}, so later commands find the same cluster.
 */
public final class Baton {
    /** The variables that shape a cluster; all but the password are remembered between commands. */
    private static final List<String> REMEMBERED = Stream.concat(
            Stream.of("KAFKA_BOOTSTRAP_SERVERS", "BATON_DB_HOST", "BATON_DB_PORT", "BATON_DB_NAME", "BATON_DB_USER"),
            Stream.of("KAFKA", "KAFKA_CONTROLLER", "POSTGRES", "FRONT_DOOR", "WORKFLOW_API", "TASK_QUEUE", "DECIDER",
                    "EVENT_HANDLERS").map(name -> "BATON_" + name + "_PORT")).toList();

    private final Path stateDir;
    private final Map<String, String> settings;
    private final Cluster cluster;

    private Baton(Path repoRoot) {
        this.stateDir = repoRoot.resolve(".baton");
        this.settings = new HashMap<>(System.getenv());
        settings.putAll(remembered());
        Ports ports = Ports.fromEnvironment(settings);
        this.cluster = new Cluster(repoRoot, stateDir, ports, Infrastructure.fromEnvironment(settings, ports), true);
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        try {
            Baton baton = new Baton(Path.of("").toAbsolutePath());
            switch (command) {
                case "up" -> baton.up();
                case "down" -> baton.down();
                case "status" -> baton.status();
                case "logs" -> baton.logs(args);
                default -> {
                    System.err.println("usage: baton up | down | status | logs NAME");
                    System.exit(2);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("baton " + command + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private void up() {
        remember();
        System.out.println("Starting Baton (state in " + stateDir + ")");
        var took = cluster.up(System.out::println);
        System.out.printf("Baton is up in %.1f s%n", took.toMillis() / 1000.0);
        System.out.println("  API (front door)  " + cluster.frontDoorUrl() + "/api");
        cluster.status().stream().filter(s -> Cluster.SERVICES.contains(s.name())).forEach(s ->
                System.out.printf("  %-17s http://localhost:%d%n", s.name(), s.port()));
        printInfrastructure();
        System.out.println("  logs              ./baton logs NAME   (files in " + stateDir.resolve("logs") + ")");
    }

    private void down() {
        cluster.down(System.out::println);
        try {
            Files.deleteIfExists(rememberedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Baton is down (data kept in " + stateDir + ")");
    }

    private void status() {
        System.out.printf("%-15s %-8s %-8s %s%n", "NAME", "STATE", "PID", "PORT");
        cluster.status().forEach(s -> System.out.printf("%-15s %-8s %-8s %d%n", s.name(),
                s.running() ? "running" : "stopped", s.running() ? Long.toString(s.pid().getAsLong()) : "-", s.port()));
        printInfrastructure();
    }

    private void logs(String[] args) {
        if (args.length != 2 || !cluster.names().contains(args[1])) {
            throw new IllegalArgumentException("logs needs one of " + cluster.names());
        }
        LogFollower.follow(cluster.logFile(args[1]), 50, System.out);
    }

    private void printInfrastructure() {
        Infrastructure infra = cluster.infrastructure();
        System.out.printf("  %-17s %s (%s)%n", "Kafka", infra.kafkaBootstrapServers(),
                infra.embeddedKafka() ? "embedded, data in .baton/kafka" : "external");
        System.out.printf("  %-17s %s:%d/%s user %s (%s)%n", "PostgreSQL", infra.dbHost(), infra.dbPort(),
                infra.dbName(), infra.dbUser(), infra.embeddedPostgres() ? "embedded, data in .baton/postgres" : "external");
    }

    private Map<String, String> remembered() {
        Properties properties = new Properties();
        if (Files.isRegularFile(rememberedFile())) {
            try (InputStream in = Files.newInputStream(rememberedFile())) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> values = new HashMap<>();
        properties.forEach((key, value) -> values.put(key.toString(), value.toString()));
        return values;
    }

    private void remember() {
        Properties properties = new Properties();
        REMEMBERED.stream().filter(settings::containsKey).forEach(name -> properties.setProperty(name, settings.get(name)));
        try {
            Files.createDirectories(rememberedFile().getParent());
            try (OutputStream out = Files.newOutputStream(rememberedFile())) {
                properties.store(out, "the settings of the running cluster, until baton down");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path rememberedFile() {
        return stateDir.resolve("run").resolve("settings.properties");
    }
}
