package io.baton.taskqueue.queue;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
    private volatile boolean draining;

    /** Completes when a task arrives on the queue, or after {@code timeout}, whichever comes first. */
    public Uni<Void> nextArrival(String queueName, Duration timeout) {
        if (draining) {
            return Uni.createFrom().voidItem();
        }
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

    /** Whether this instance is shutting down: long polls answer with what they have instead of waiting. */
    public boolean draining() {
        return draining;
    }

    /**
     * On SIGTERM, before in-flight requests are awaited: wakes every waiting long poll, so it answers (empty, most
     * likely) at once instead of holding the shutdown up or being cut off by it.
     */
    void drain(@Observes ShutdownDelayInitiatedEvent shutdown) {
        draining = true;
        arrivals.keySet().forEach(this::taskArrived);
    }
}
