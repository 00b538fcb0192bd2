package io.baton.bench.cluster;

import io.baton.bench.cluster.BatonApi.PollResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A worker already waiting in a long poll when something makes a task: measures how soon the task reaches it. The
 * wait is re-issued if it ends empty, so a slow cluster shows as a large number rather than a lost run.
 */
final class WaitingWorker {
    private static final int POLL_TIMEOUT_MS = 5000;
    /** Time for the poll request to reach the server and start waiting before the trigger fires. */
    private static final Duration POLL_SETTLE = Duration.ofMillis(100);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    private final BatonApi api;

    WaitingWorker(BatonApi api) {
        this.api = api;
    }

    /** Starts a long poll on the task type, runs the trigger, and returns the task the poll received (completed). */
    PollResponse receiveAfter(String taskType, Runnable trigger) throws InterruptedException {
        var poll = api.poll(taskType, POLL_TIMEOUT_MS);
        Thread.sleep(POLL_SETTLE);
        trigger.run();
        long giveUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (System.nanoTime() < giveUpAt) {
            PollResponse response = await(poll);
            if (response.task() != null) {
                api.complete(response.task());
                return response;
            }
            poll = api.poll(taskType, POLL_TIMEOUT_MS);
        }
        throw new IllegalStateException("no " + taskType + " task reached the worker within " + GIVE_UP_AFTER);
    }

    private static PollResponse await(java.util.concurrent.CompletableFuture<PollResponse> poll)
            throws InterruptedException {
        try {
            return poll.get(POLL_TIMEOUT_MS + 10_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("long poll failed: " + e.getMessage(), e);
        }
    }
}
