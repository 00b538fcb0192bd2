package io.baton.faults;

import com.netflix.conductor.client.http.ConductorClient;
import com.netflix.conductor.client.http.MetadataClient;
import com.netflix.conductor.client.http.TaskClient;
import com.netflix.conductor.client.http.WorkflowClient;
import io.baton.launcher.Cluster;
import io.baton.launcher.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The fault-injection run: a cluster of real processes on its own ports and data directory, a steady load of
 * workflows with SDK workers, and meanwhile SIGKILLs at random moments of each process in turn, each followed by a restart. Then it checks the outcome ({@link Verdict}).
 * As a rolling restart, the services are stopped with SIGTERM instead, one at a time, each started again as soon as
 * it has ended.
 *
 * <p>Usage (from the repository root, services built): {@code FaultInjection [workflows] [kills] [seed] [rolling]};
 * prints the counts and exits 1 if anything was lost, duplicated or stuck.
 */
public final class FaultInjection {

    /**
     * @param workflows   starts at least this many workflows; it keeps starting until the last kill is restarted
     * @param kills       SIGKILLs, of the targets in turn
     * @param targets     the processes to kill, by the launcher's names
     * @param startPause  pause between two starts
     * @param maxRunning  never more workflows running than this
     * @param killGap     a kill comes at a random moment up to this long after the previous restart (at least a third
     *                    of it)
     * @param drain       how long to wait, once starting has stopped, for the running workflows to end
     * @param seed        seeds the kill moments
     * @param stop        SIGKILL (a crash) or SIGTERM (a rolling restart)
     */
    public record Settings(int workflows, int kills, List<String> targets, Duration startPause, int maxRunning, Duration killGap,
                           Duration drain, long seed, ProcessKiller.Stop stop) {
    }

    private FaultInjection() {
    }

    public static void main(String[] args) {
        int workflows = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        boolean rolling = args.length > 3 && args[3].equals("rolling");
        Verdict verdict = run(Path.of("").toAbsolutePath(), new Settings(workflows, kills,
                rolling ? ProcessKiller.SERVICES : ProcessKiller.TARGETS, Duration.ofMillis(150), 120,
                Duration.ofSeconds(30), Duration.ofMinutes(5), seed,
                rolling ? ProcessKiller.Stop.TERM : ProcessKiller.Stop.KILL), FaultInjection::print);
        verdict.problems().forEach(System.out::println);
        System.out.println(verdict.counts() + (rolling ? ", each a rolling restart with SIGTERM" : ""));
        System.exit(verdict.clean() ? 0 : 1);
    }

    /** Runs the whole scenario on a cluster of its own, which it stops at the end. */
    public static Verdict run(Path repoRoot, Settings settings, Consumer<String> progress) {
        progress.accept("seed " + settings.seed());
        Path state = stateDirectory();
        Verdict verdict;
        try (Cluster cluster = Cluster.start(repoRoot, state, Ports.random())) {
            ConductorClient client = ConductorClient.builder().basePath(cluster.frontDoorUrl() + "/api").build();
            FaultFlow.register(new MetadataClient(client));
            TaskClient tasks = new TaskClient(client);
            try (RecordingWorkers workers = new RecordingWorkers(tasks, 4)) {
                WorkflowLoad load = new WorkflowLoad(new WorkflowClient(client), tasks,
                        "run-" + Long.toHexString(settings.seed()), progress);
                AtomicBoolean killing = new AtomicBoolean(true);
                AtomicInteger kills = new AtomicInteger();
                AtomicReference<RuntimeException> killFailure = new AtomicReference<>();
                Thread killer = Thread.ofPlatform().name("faults-killer").start(() -> {
                    try {
                        killInTurn(new ProcessKiller(cluster, state, progress), settings, kills, progress);
                    } catch (RuntimeException e) {
                        killFailure.set(e);
                    } finally {
                        killing.set(false);
                    }
                });
                Thread starter = Thread.ofPlatform().name("faults-starter").start(() -> load.startWorkflows(
                        settings.workflows(), settings.startPause(), settings.maxRunning(), killing::get));
                load.watchUntilAllEnded(settings.drain(), starter::isAlive);
                join(killer);
                if (killFailure.get() != null) {
                    throw new IllegalStateException("the cluster did not come back after a kill; logs in "
                            + state.resolve("logs"), killFailure.get());
                }
                verdict = Verdict.of(load, workers, kills.get(), load::read);
            }
        }
        if (verdict.clean()) {
            deleteRecursively(state);
            progress.accept(verdict.counts());
        } else {
            progress.accept(verdict.counts() + "; logs in " + state.resolve("logs"));
        }
        return verdict;
    }

    private static void killInTurn(ProcessKiller killer, Settings settings, AtomicInteger kills,
                                   Consumer<String> progress) {
        Random random = new Random(settings.seed());
        long gapMs = settings.killGap().toMillis();
        for (int i = 0; i < settings.kills(); i++) {
            LockSupport.parkNanos(Duration.ofMillis(gapMs / 3 + (long) (random.nextDouble() * gapMs * 2 / 3)).toNanos());
            String target = settings.targets().get(i % settings.targets().size());
            Duration back = killer.stopAndRestart(target, settings.stop());
            kills.incrementAndGet();
            progress.accept(target + " back after " + back.toMillis() + " ms");
        }
    }

    private static Path stateDirectory() {
        try {
            return Files.createTempDirectory("baton-faults");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void print(String line) {
        System.out.println(Instant.now() + " " + line);
    }
}
