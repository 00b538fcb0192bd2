package io.baton.faults;

import io.baton.infra.EmbeddedPostgres;
import io.baton.launcher.Cluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Kills one process of the cluster with SIGKILL, as a crash or the kernel's OOM killer would, then brings the cluster
 * back the way an operator does: {@link Cluster#up}, which starts only what is missing and waits until all is ready.
 */
final class ProcessKiller {
    /** The processes killed, in turn. */
    static final List<String> TARGETS = List.of("decider", "task-queue", "workflow-api", "event-handlers", "kafka",
            "postgres");
    private static final Duration GONE_WITHIN = Duration.ofSeconds(30);

    private final Cluster cluster;
    private final Path stateDir;
    private final Consumer<String> progress;

    ProcessKiller(Cluster cluster, Path stateDir, Consumer<String> progress) {
        this.cluster = cluster;
        this.stateDir = stateDir;
        this.progress = progress;
    }

    /** Kills {@code name}, waits until it is gone, and restarts it; returns how long the cluster took to be ready. */
    Duration killAndRestart(String name) {
        ProcessHandle victim = name.equals("postgres") ? postmaster() : componentProcess(name);
        // PostgreSQL's backends die with it, as they would if the machine's PostgreSQL crashed.
        List<ProcessHandle> tree = Stream.concat(Stream.of(victim), victim.descendants()).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        tree.forEach(ProcessKiller::awaitGone);
        progress.accept("killed " + name + " (pid " + victim.pid() + ")");
        if (name.equals("postgres")) {
            // The launcher's JVM that watched this PostgreSQL ends with it, so `up` sees PostgreSQL missing.
            cluster.status().stream().filter(s -> s.name().equals("postgres")).findFirst()
                    .flatMap(s -> s.pid().stream().boxed().findFirst()).flatMap(ProcessHandle::of)
                    .ifPresent(ProcessKiller::awaitGone);
        }
        return cluster.up(line -> progress.accept("restart:" + line));
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

    private static void awaitGone(ProcessHandle process) {
        try {
            process.onExit().get(GONE_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("process " + process.pid() + " still alive " + GONE_WITHIN + " after "
                    + "its kill", e);
        }
    }
}
