package io.baton.bench.sidebyside;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.bench.cluster.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Offers one workload to one system: open-loop at a fixed start rate (starts are sent on schedule whatever the system
 * answers, so latency under load is honest), or closed-loop with a fixed number of clients that each start a run and
 * wait for its end. Afterwards every run is read back and verified; only verified runs count.
 *
 * <p>Client-side latency needs the client to see the end: a GET of the workflow, repeated every
 * max(25 ms, 10 % of the time waited so far). In open loop about {@value #WATCHED_PER_SECOND} runs per second are
 * watched so (not all, so the watching does not load the server); in closed loop every run is.
 */
final class LoadRun {
    private static final int WATCHED_PER_SECOND = 5;
    private static final long MIN_WATCH_NANOS = Duration.ofMillis(25).toNanos();
    private static final Duration DRAIN_PASS = Duration.ofMillis(250);
    private static final int PARALLEL_READS = 16;
    private static final int SETTLE_MINUTES = 2;

    private final String system;
    private final Workload workload;
    private final Starter starter;
    private final ProcessCpu cpu;
    private final DatabaseWrites writes;

    LoadRun(String system, Workload workload, Starter starter, ProcessCpu cpu, DatabaseWrites writes) {
        this.system = system;
        this.workload = workload;
        this.starter = starter;
        this.cpu = cpu;
        this.writes = writes;
    }

    private record Run(String handle, int k, long sentNanos) {
    }

    StepResult openLoop(double rate, Duration duration, Duration drainBound) throws InterruptedException {
        settle();
        Map<String, Double> cpuBefore = cpu.snapshot();
        DatabaseWrites.Snapshot writesBefore = writes.snapshot();
        Queue<Run> runs = new ConcurrentLinkedQueue<>();
        Samples client = new Samples("client");
        int total = (int) Math.round(rate * duration.toMillis() / 1000.0);
        int watchEvery = Math.max(1, (int) Math.round(rate / WATCHED_PER_SECOND));
        long period = (long) (1e9 / rate);
        AtomicInteger startFailures = new AtomicInteger();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            long t0 = System.nanoTime();
            for (int i = 0; i < total; i++) {
                LockSupport.parkNanos(t0 + i * period - System.nanoTime());
                int k = i;
                senders.submit(() -> {
                    long sent = System.nanoTime();
                    try {
                        Run run = new Run(starter.start(k), k, sent);
                        runs.add(run);
                        if (k % watchEvery == 0) {
                            watch(run, client, sent + duration.plus(drainBound).toNanos());
                        }
                    } catch (RuntimeException e) {
                        startFailures.incrementAndGet();
                    }
                });
            }
        }
        Map<Run, JsonNode> ended = drain(new ArrayList<>(runs), drainBound);
        Map<String, Double> cpuUsed = ProcessCpu.used(cpuBefore, cpu.snapshot());
        DatabaseWrites.Used written = DatabaseWrites.Used.between(writesBefore, writes.snapshot());
        List<Run> unfinished = runs.stream().filter(run -> !ended.containsKey(run)).toList();
        unfinished.forEach(run -> abandonQuietly(run.handle()));
        return result("open", rate, total, ended, unfinished.size() + startFailures.get(), client, cpuUsed, written);
    }

    StepResult closedLoop(int clients, Duration duration, Duration runBound) throws InterruptedException {
        settle();
        Map<String, Double> cpuBefore = cpu.snapshot();
        DatabaseWrites.Snapshot writesBefore = writes.snapshot();
        Map<Run, JsonNode> ended = new java.util.concurrent.ConcurrentHashMap<>();
        Samples client = new Samples("client");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger unfinished = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService loops = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                loops.submit(() -> {
                    while (System.nanoTime() < end) {
                        int k = next.getAndIncrement();
                        long sent = System.nanoTime();
                        try {
                            Run run = new Run(starter.start(k), k, sent);
                            Optional<JsonNode> done = awaitEnd(run, sent + runBound.toNanos());
                            if (done.isPresent()) {
                                client.addNanos(System.nanoTime() - sent);
                                ended.put(run, done.get());
                            } else {
                                unfinished.incrementAndGet();
                                abandonQuietly(run.handle());
                            }
                        } catch (RuntimeException e) {
                            unfinished.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        Map<String, Double> cpuUsed = ProcessCpu.used(cpuBefore, cpu.snapshot());
        DatabaseWrites.Used written = DatabaseWrites.Used.between(writesBefore, writes.snapshot());
        return result("closed", clients, next.get(), ended, unfinished.get(), client, cpuUsed, written);
    }

    /**
     * Waits until one run goes through (at most {@value #SETTLE_MINUTES} minutes), so a step begins after the backlog
     * an overloaded step left (its runs are abandoned, but their messages still pass through the system).
     */
    private void settle() {
        long sent = System.nanoTime();
        try {
            awaitEnd(new Run(starter.start(0), 0, sent), sent + Duration.ofMinutes(SETTLE_MINUTES).toNanos());
        } catch (RuntimeException e) {
            // the step will show what is wrong
        }
    }

    /** Watches one run on a virtual thread until it ends, adding its client-side latency. */
    private void watch(Run run, Samples client, long deadlineNanos) {
        Thread.startVirtualThread(() -> awaitEnd(run, deadlineNanos)
                .ifPresent(w -> client.addNanos(System.nanoTime() - run.sentNanos())));
    }

    private Optional<JsonNode> awaitEnd(Run run, long deadlineNanos) {
        while (System.nanoTime() < deadlineNanos) {
            long waited = System.nanoTime() - run.sentNanos();
            LockSupport.parkNanos(Math.max(MIN_WATCH_NANOS, waited / 10));
            try {
                Optional<JsonNode> workflow = starter.find(run.handle()).filter(Starter::ended);
                if (workflow.isPresent()) {
                    return workflow;
                }
            } catch (RuntimeException e) {
                // not readable yet (an event not yet turned into a workflow): look again
            }
        }
        return Optional.empty();
    }

    /** Reads every run back until all ended or the bound passed; a few reads at a time. */
    private Map<Run, JsonNode> drain(List<Run> runs, Duration bound) throws InterruptedException {
        Map<Run, JsonNode> ended = new java.util.concurrent.ConcurrentHashMap<>();
        long deadline = System.nanoTime() + bound.toNanos();
        List<Run> pending = runs;
        Semaphore reads = new Semaphore(PARALLEL_READS);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Run run : pending) {
                    reads.acquire();
                    readers.submit(() -> {
                        try {
                            starter.find(run.handle()).filter(Starter::ended).ifPresent(w -> ended.put(run, w));
                        } catch (RuntimeException e) {
                            // read again in the next pass
                        } finally {
                            reads.release();
                        }
                    });
                }
            }
            pending = pending.stream().filter(run -> !ended.containsKey(run)).toList();
            if (!pending.isEmpty()) {
                Thread.sleep(DRAIN_PASS);
            }
        }
        return ended;
    }

    private void abandonQuietly(String handle) {
        try {
            starter.abandon(handle);
        } catch (RuntimeException e) {
            // it ended meanwhile, or the server is too busy: it only loads the next step a little
        }
    }

    private StepResult result(String mode, double offered, int started, Map<Run, JsonNode> ended, int unfinished,
                              Samples client, Map<String, Double> cpuUsed, DatabaseWrites.Used written) {
        Samples server = new Samples("server");
        long firstStart = Long.MAX_VALUE;
        long lastEnd = Long.MIN_VALUE;
        int verified = 0;
        for (Map.Entry<Run, JsonNode> entry : ended.entrySet()) {
            JsonNode workflow = entry.getValue();
            if (workload.verify(workflow, entry.getKey().k())) {
                verified++;
                long startTime = workflow.path("startTime").asLong();
                long endTime = workflow.path("endTime").asLong();
                server.addMillis(endTime - startTime);
                firstStart = Math.min(firstStart, startTime);
                lastEnd = Math.max(lastEnd, endTime);
            }
        }
        double rate = verified == 0 ? 0 : verified / Math.max(0.001, (lastEnd - firstStart) / 1000.0);
        Map<String, Double> perThousand = new LinkedHashMap<>();
        int counted = verified;
        cpuUsed.forEach((process, seconds) -> perThousand.put(process, counted == 0 ? Double.NaN
                : seconds * 1000.0 / counted));
        int wrong = ended.size() - verified;
        boolean keptUp = mode.equals("closed") ? unfinished + wrong == 0
                : StepResult.keptUp(offered, rate, unfinished + wrong);
        return new StepResult(system, workload.name(), mode, offered, started, verified, unfinished + wrong, rate,
                rate * workload.tasksPerWorkflow(), percentiles(server), percentiles(client), client.count(),
                perThousand, perWorkflow(written.rows(), counted), perWorkflow(written.walBytes() / 1024.0, counted),
                written.rows() / Math.max(0.001, written.seconds()), loadAverage(), keptUp);
    }

    private static double perWorkflow(double amount, int workflows) {
        return workflows == 0 ? Double.NaN : amount / workflows;
    }

    private static double[] percentiles(Samples samples) {
        return new double[] {samples.percentile(50), samples.percentile(90), samples.percentile(99)};
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
