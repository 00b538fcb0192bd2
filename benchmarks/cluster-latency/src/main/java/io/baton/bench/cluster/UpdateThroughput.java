package io.baton.bench.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.bench.cluster.BatonApi.PollResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 4's update throughput: many single-task workflows are started up front, then concurrent workers poll and
 * complete their tasks. Throughput runs from the first poll to the last workflow's endTime (read back over the API,
 * which also proves every workflow COMPLETED); each POST /api/tasks is timed on its own.
 */
final class UpdateThroughput {
    private static final int POLL_TIMEOUT_MS = 1000;
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

    private final BatonApi api;

    UpdateThroughput(BatonApi api) {
        this.api = api;
    }

    /** @return the POST /api/tasks latencies and a line with the throughput */
    Result run(int workflows, int workers) throws InterruptedException {
        SingleTaskWorkflow workflow = SingleTaskWorkflow.register(api, "bench_update");
        List<String> ids = startAll(workflow, workflows, workers);
        Samples updates = new Samples("update: POST /api/tasks (" + workers + " workers)");
        AtomicInteger remaining = new AtomicInteger(workflows);
        Set<String> completed = ConcurrentHashMap.newKeySet();
        long firstPollEpochMillis = System.currentTimeMillis();
        long giveUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> loops = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                loops.add(pool.submit(() -> {
                    while (remaining.get() > 0 && System.nanoTime() < giveUpAt) {
                        PollResponse polled = api.poll(workflow.taskType(), POLL_TIMEOUT_MS).join();
                        if (polled.task() != null) {
                            long began = System.nanoTime();
                            api.complete(polled.task());
                            updates.addNanos(System.nanoTime() - began);
                            String workflowId = polled.task().path("workflowInstanceId").asText();
                            if (!completed.add(workflowId)) {
                                throw new IllegalStateException("the task of " + workflowId + " was handed out twice");
                            }
                            remaining.decrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        }
        if (remaining.get() > 0) {
            throw new IllegalStateException(remaining.get() + " tasks were never received within " + GIVE_UP_AFTER);
        }
        long lastEnd = lastEndTime(ids);
        double seconds = (lastEnd - firstPollEpochMillis) / 1000.0;
        String throughput = String.format(Locale.ROOT,
                "%-48s %d workflows in %.2f s = %.1f tasks/s", "update: first poll -> last workflow COMPLETED",
                workflows, seconds, workflows / seconds);
        return new Result(updates, throughput);
    }

    record Result(Samples updates, String throughput) {
    }

    private List<String> startAll(SingleTaskWorkflow workflow, int count, int threads) throws InterruptedException {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<String>> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                started.add(pool.submit(() -> workflow.start(api)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : started) {
                ids.add(id.get());
            }
            return ids;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not start the workflows: " + e.getCause(), e.getCause());
        }
    }

    /** The latest endTime among the workflows, waiting until each is COMPLETED. */
    private long lastEndTime(List<String> ids) throws InterruptedException {
        long last = 0;
        long giveUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        for (String id : ids) {
            JsonNode workflow = api.get("/workflow/" + id + "?includeTasks=false");
            while (!"COMPLETED".equals(workflow.path("status").asText())) {
                if (System.nanoTime() > giveUpAt) {
                    throw new IllegalStateException(id + " is " + workflow.path("status").asText() + ", not COMPLETED");
                }
                Thread.sleep(50);
                workflow = api.get("/workflow/" + id + "?includeTasks=false");
            }
            last = Math.max(last, workflow.path("endTime").asLong());
        }
        return last;
    }
}
