package io.baton.faults;

import io.baton.infra.EmbeddedPostgres;
import io.baton.launcher.Cluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Kills one process of the cluster with SIGKILL, as a crash or the kernel's OOM killer would, or stops it with SIGTERM,
 * as a rolling update does; then brings the cluster back the way an operator does: {@link Cluster#up}, which starts
 * only what is missing and waits until all is ready.
 */
final class ProcessKiller {
    /** The processes killed, in turn. */
    static final List<String> TARGETS = List.of("decider", "task-queue", "workflow-api", "event-handlers", "kafka",
            "postgres");
    /** The processes a rolling update restarts, in turn. */
    static final List<String> SERVICES = List.of("decider", "task-queue", "workflow-api", "event-handlers");
    private static final Duration GONE_WITHIN = Duration.ofSeconds(30);
    /**
     * What a SIGTERM may take: the services' drain (quarkus.shutdown.timeout, 15 s) and their Kafka consumers' close.
     * A service still alive after that did not shut down gracefully, and the run fails.
     */
    private static final Duration DRAINED_WITHIN = Duration.ofSeconds(40);

    /** How a process is stopped. */
    enum Stop {
        /** SIGKILL: a crash. */
        KILL,
        /** SIGTERM: a graceful stop, which must end the process by itself. */
        TERM
    }

    private final Cluster cluster;
    private final Path stateDir;
    private final Consumer<String> progress;

    ProcessKiller(Cluster cluster, Path stateDir, Consumer<String> progress) {
        this.cluster = cluster;
        this.stateDir = stateDir;
        this.progress = progress;
    }

    /** Stops {@code name}, waits until it is gone, and restarts it; returns how long the cluster took to be ready. */
    Duration stopAndRestart(String name, Stop stop) {
        stop(name, stop);
        return cluster.up(line -> progress.accept("restart:" + line));
    }

    /** Stops {@code name} and waits until it is gone (with the launcher's JVM watching it, for PostgreSQL). */
    void stop(String name, Stop stop) {
        if (stop == Stop.TERM) {
            ProcessHandle service = componentProcess(name);
            service.destroy();
            awaitGone(service, DRAINED_WITHIN);
            requireGracefulStop(name);
            progress.accept("stopped " + name + " with SIGTERM (pid " + service.pid() + ")");
            return;
        }
        ProcessHandle victim = name.equals("postgres") ? postmaster() : componentProcess(name);
        // PostgreSQL's backends die with it, as they would if the machine's PostgreSQL crashed.
        List<ProcessHandle> tree = Stream.concat(Stream.of(victim), victim.descendants()).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        tree.forEach(process -> awaitGone(process, GONE_WITHIN));
        progress.accept("killed " + name + " (pid " + victim.pid() + ")");
        if (name.equals("postgres")) {
            // The launcher's JVM that watched this PostgreSQL ends with it, so `up` sees PostgreSQL missing.
            cluster.status().stream().filter(s -> s.name().equals("postgres")).findFirst()
                    .flatMap(s -> s.pid().stream().boxed().findFirst()).flatMap(ProcessHandle::of)
                    .ifPresent(process -> awaitGone(process, GONE_WITHIN));
        }
    }

    /** Quarkus logs "stopped in" at the end of its shutdown, and an error if in-flight requests outlasted the drain. */
    private void requireGracefulStop(String name) {
        String log;
        try {
            log = Files.readString(cluster.logFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String lastRun = log.substring(Math.max(0, log.lastIndexOf(" started in ")));
        if (!lastRun.contains(" stopped in ") || lastRun.contains("Timed out waiting for graceful shutdown")) {
            throw new IllegalStateException(name + " did not shut down gracefully on SIGTERM; see "
                    + cluster.logFile(name));
        }
    }

    private ProcessHandle componentProcess(String name) {
        Cluster.ComponentStatus status = cluster.status().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no process named " + name));
        return ProcessHandle.of(status.pid().orElseThrow(() -> new IllegalStateException(name + " is not running")))
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    private ProcessHandle postmaster() {
        return EmbeddedPostgres.postmaster(stateDir.resolve("postgres"))
                .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
    }

    private static void awaitGone(ProcessHandle process, Duration within) {
        try {
            process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("process " + process.pid() + " still alive " + within + " after "
                    + "its stop", e);
        }
    }
}
