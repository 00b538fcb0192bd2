package io.baton.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The Kafka broker and PostgreSQL server tests run against: one shared instance per JVM, started on first use and
 * stopped by a shutdown hook. {@code BATON_TEST_INFRA} (environment variable or system property) picks where they come
 * from: {@code embedded} (a child-JVM broker and zonky's PostgreSQL on free ports in a temp directory),
 * {@code testcontainers} (containers on a Docker engine) or {@code external} (addresses from
 * {@code KAFKA_BOOTSTRAP_SERVERS} and {@code BATON_DB_HOST/PORT/NAME/USER/PASSWORD}). The default is
 * testcontainers when Testcontainers is on the classpath and finds a Docker engine, else embedded.
 */
public final class BatonInfra {
    public enum Mode { EMBEDDED, TESTCONTAINERS, EXTERNAL }

    public static final String MODE_VARIABLE = "BATON_TEST_INFRA";
    private static final Duration KAFKA_READY_WITHIN = Duration.ofSeconds(90);
    private static final String SHARED_PROPERTY = "baton.infra.shared";
    private static BatonInfra shared;

    private final Mode mode;
    private final String kafkaBootstrapServers;
    private final String dbHost;
    private final int dbPort;
    private final String dbName;
    private final String dbUser;
    private final String dbPassword;
    private final Runnable stopper;

    BatonInfra(Mode mode, String kafkaBootstrapServers, String dbHost, int dbPort, String dbName, String dbUser,
               String dbPassword, Runnable stopper) {
        this.mode = mode;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.dbHost = dbHost;
        this.dbPort = dbPort;
        this.dbName = dbName;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.stopper = stopper;
    }

    /**
     * The JVM-wide instance, started on the first call; a shutdown hook stops it. A Quarkus test with a test profile
     * of its own runs in a class loader of its own, where this class starts afresh: it finds the instance already
     * started through a system property, the one thing its class loaders share.
     */
    public static synchronized BatonInfra shared() {
        if (shared == null && System.getProperty(SHARED_PROPERTY) != null) {
            String[] started = System.getProperty(SHARED_PROPERTY).split("\n", -1);
            shared = new BatonInfra(Mode.valueOf(started[0]), started[1], started[2], Integer.parseInt(started[3]),
                    started[4], started[5], started[6], () -> { });
        }
        if (shared == null) {
            BatonInfra started = start(chosenMode());
            System.setProperty(SHARED_PROPERTY, String.join("\n", started.mode.name(), started.kafkaBootstrapServers,
                    started.dbHost, String.valueOf(started.dbPort), started.dbName, started.dbUser, started.dbPassword));
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "baton-infra-stop"));
            System.out.println("Baton test infrastructure (" + started.mode + "): Kafka " + started.kafkaBootstrapServers
                    + ", PostgreSQL " + started.dbHost + ":" + started.dbPort + "/" + started.dbName);
            shared = started;
        }
        return shared;
    }

    /** Starts (or, for {@link Mode#EXTERNAL}, looks up) infrastructure of the given kind; the caller stops it. */
    public static BatonInfra start(Mode mode) {
        return switch (mode) {
            case EMBEDDED -> startEmbedded();
            case TESTCONTAINERS -> TestcontainersInfra.start();
            case EXTERNAL -> external();
        };
    }

    public Mode mode() {
        return mode;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String dbHost() {
        return dbHost;
    }

    public int dbPort() {
        return dbPort;
    }

    public String dbName() {
        return dbName;
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + dbName;
    }

    /** The configuration every Baton service reads to find Kafka and PostgreSQL. */
    public Map<String, String> quarkusConfig() {
        return ServiceSettings.config(kafkaBootstrapServers, dbHost, dbPort, dbName, dbUser, dbPassword);
    }

    /** Stops what this instance started (nothing, for external infrastructure). */
    public void stop() {
        stopper.run();
    }

    static Mode chosenMode() {
        String requested = setting(MODE_VARIABLE);
        if (requested != null && !requested.isBlank()) {
            return Mode.valueOf(requested.trim().toUpperCase(Locale.ROOT));
        }
        return testcontainersOnClasspath() && TestcontainersInfra.dockerAvailable() ? Mode.TESTCONTAINERS : Mode.EMBEDDED;
    }

    /** A system property of that name, else the environment variable. */
    static String setting(String name) {
        String property = System.getProperty(name);
        return property != null ? property : System.getenv(name);
    }

    // Testcontainers is an optional dependency: its classes are only touched once this says they exist.
    private static boolean testcontainersOnClasspath() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, BatonInfra.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static BatonInfra startEmbedded() {
        Path dir;
        try {
            dir = Files.createTempDirectory("baton-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), Processes.freePort(), Processes.freePort(),
                dir.resolve("kafka.log"));
        // The broker JVM boots while PostgreSQL runs initdb: the two take about the same time.
        CompletableFuture<EmbeddedKafka> kafkaReady = CompletableFuture.supplyAsync(() -> kafka.start(KAFKA_READY_WITHIN));
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.start(dir.resolve("postgres"), Processes.freePort(), dir.resolve("postgres.log"));
        } catch (RuntimeException e) {
            kafkaReady.whenComplete((k, failure) -> kafka.close());
            throw new IllegalStateException("PostgreSQL did not start, see " + dir.resolve("postgres.log"), e);
        }
        try {
            kafkaReady.join();
        } catch (CompletionException e) {
            kafka.close();
            postgres.close();
            throw new IllegalStateException("Kafka did not start, see " + dir.resolve("kafka.log"), e.getCause());
        }
        return new BatonInfra(Mode.EMBEDDED, kafka.bootstrapServers(), "localhost", postgres.port(),
                EmbeddedPostgres.DATABASE, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD, () -> {
                    kafka.close();
                    postgres.close();
                    deleteRecursively(dir);
                });
    }

    private static BatonInfra external() {
        return new BatonInfra(Mode.EXTERNAL, required("KAFKA_BOOTSTRAP_SERVERS"), required("BATON_DB_HOST"),
                Integer.parseInt(settingOr("BATON_DB_PORT", "5432")), settingOr("BATON_DB_NAME", "postgres"),
                settingOr("BATON_DB_USER", "postgres"), settingOr("BATON_DB_PASSWORD", "postgres"), () -> { });
    }

    private static String required(String name) {
        String value = setting(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(MODE_VARIABLE + "=external needs " + name);
        }
        return value;
    }

    private static String settingOr(String name, String fallback) {
        String value = setting(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Best effort: runs at JVM exit, where a leftover temp file is no reason to fail. */
    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }
}
