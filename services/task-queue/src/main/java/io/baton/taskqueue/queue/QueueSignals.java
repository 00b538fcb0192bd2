package io.baton.taskqueue.queue;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes long polls waiting on a queue as soon as this instance stores a task for it or a worker hands one back, so a
 * waiting worker gets it at once and nobody polls the database in a loop.
 */
@ApplicationScoped
public class QueueSignals {
    private final Map<String, CompletableFuture<Void>> arrivals = new ConcurrentHashMap<>();

    /** Completes when a task arrives on the queue, or after {@code timeout}, whichever comes first. */
    public Uni<Void> nextArrival(String queueName, Duration timeout) {
        // A copy per caller: a timed-out poll cancels its own stage, never the one its neighbours wait on.
        return Uni.createFrom().completionStage(arrival(queueName).toCompletableFuture().copy())
                .ifNoItem().after(timeout).recoverWithItem((Void) null);
    }

    /** Completes when the next task arrives on the queue; the same stage for every caller until then. */
    public CompletionStage<Void> arrival(String queueName) {
        return arrivals.computeIfAbsent(queueName, name -> new CompletableFuture<>());
    }

    /** Whether a long poll has asked to hear of the next task arriving on the queue. */
    public boolean isWatched(String queueName) {
        return arrivals.containsKey(queueName);
    }

    public void taskArrived(String queueName) {
        CompletableFuture<Void> arrival = arrivals.remove(queueName);
        if (arrival != null) {
            arrival.complete(null);
        }
    }
}
