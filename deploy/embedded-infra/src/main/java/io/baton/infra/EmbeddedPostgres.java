package io.baton.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A real PostgreSQL 14 server from the binaries zonky ships in a Maven jar. Reached as user {@code postgres}, database
 * {@code postgres} (trust authentication, so any password, e.g. {@code postgres}, is accepted). A commit it acknowledged
 * survives a crash (SIGKILL) of the server. Given an existing data
 * directory it starts on it as it is: zonky runs initdb only when the directory has no postgresql.conf yet.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    public static final String DATABASE = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path dataDir;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL on {@code port} with its data in {@code dataDir} (created and initialised if new); initdb's
     * and the server's own output are appended to {@code logFile}.
     */
    public static EmbeddedPostgres start(Path dataDir, int port, Path logFile) {
        Path absolute = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(absolute);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            return new EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(absolute)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky turns synchronous commit off; then a PostgreSQL crash loses transactions it had already
                    // acknowledged (the decider's state, its applied command ids and outbox) while Kafka offsets that
                    // followed them stay committed. (zonky's fsync=off only matters if the machine itself goes down.)
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start(), absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + absolute, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** Stops the server (pg_ctl stop, fast mode), returning once it is gone; keeps the data directory. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // zonky's own shutdown hook may be the one stopping it, concurrently with this call.
        postmaster(dataDir).ifPresent(process -> Processes.awaitExit(process, Duration.ofSeconds(15)));
    }

    /**
     * The postmaster serving {@code dataDir}, read from its postmaster.pid, if one is running. Lets a supervisor make
     * sure the server is really gone after the JVM that started it has ended.
     */
    public static Optional<ProcessHandle> postmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            if (firstLine.isEmpty()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL localhost:" + port() + " (data " + dataDir + ")";
    }
}
