package io.baton.taskqueue.systemtask;

import io.baton.model.task.Task;
import io.baton.taskqueue.queue.QueueSignals;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Claims the tasks of one queue while it has a free slot, and looks again only when there may be something to take:
 * a task arrived on this instance, a slot came free, or the next delayed task or lapsed lease is due. Looks never
 * overlap: a wake-up during a look makes the look run once more.
 */
final class QueueLoop {
    private static final Logger LOG = Logger.getLogger(QueueLoop.class);
    /**
     * The longest it waits without looking: another instance may have stored tasks here and then stopped, and only
     * this instance's own arrivals wake it.
     */
    static final Duration IDLE_LOOK = Duration.ofSeconds(30);
    private static final Duration RETRY_AFTER_ERROR = Duration.ofSeconds(1);

    private final String queueName;
    private final int slots;
    private final BiFunction<String, Integer, Uni<List<Task>>> claim;
    private final Function<Task, Uni<Void>> run;
    private final QueueSignals signals;
    private final QueuedTaskStore store;
    private final Vertx vertx;

    private final AtomicInteger wakeups = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong timer = new AtomicLong(-1);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile CompletionStage<Void> watched;

    /**
     * @param claim takes up to the given number of tasks of the queue
     * @param run   runs one claimed task to its report; never fails
     */
    QueueLoop(String queueName, int slots, BiFunction<String, Integer, Uni<List<Task>>> claim,
              Function<Task, Uni<Void>> run, QueueSignals signals, QueuedTaskStore store, Vertx vertx) {
        this.queueName = queueName;
        this.slots = slots;
        this.claim = claim;
        this.run = run;
        this.signals = signals;
        this.store = store;
        this.vertx = vertx;
    }

    void wake() {
        if (wakeups.getAndIncrement() == 0) {
            look();
        }
    }

    /** Claims nothing more; tasks already running finish and report. */
    void stop() {
        stopped.set(true);
        vertx.cancelTimer(timer.get());
    }

    private void look() {
        if (stopped.get()) {
            return;
        }
        // Listen before looking, so a task stored between the look and the wait still wakes the loop.
        watchArrivals();
        int free = slots - running.get();
        if (free <= 0) {
            lookDone(false);
            return;
        }
        claim.apply(queueName, free)
                .flatMap(tasks -> {
                    tasks.forEach(this::start);
                    return tasks.size() < free ? wakeWhenDue().replaceWith(false) : Uni.createFrom().item(true);
                })
                .subscribe().with(this::lookDone, failure -> {
                    LOG.warnf("Claiming %s tasks failed, looking again in %s: %s", queueName, RETRY_AFTER_ERROR, failure);
                    wakeIn(RETRY_AFTER_ERROR.toMillis());
                    lookDone(false);
                });
    }

    /** @param more whether the queue may hold more tasks right away (the look filled every free slot) */
    private void lookDone(boolean more) {
        if (more || wakeups.decrementAndGet() > 0) {
            wakeups.set(1);
            look();
        }
    }

    private void start(Task task) {
        running.incrementAndGet();
        run.apply(task).subscribe().with(done -> slotFreed(), failure -> {
            LOG.errorf("Running %s task %s failed: %s", queueName, task.getTaskId(), failure);
            slotFreed();
        });
    }

    private void slotFreed() {
        running.decrementAndGet();
        wake();
    }

    private void watchArrivals() {
        CompletionStage<Void> arrival = signals.arrival(queueName);
        if (arrival != watched) {
            watched = arrival;
            arrival.thenRun(this::wake);
        }
    }

    private Uni<Void> wakeWhenDue() {
        long now = System.currentTimeMillis();
        return store.nextDue(queueName, now).invoke(due -> wakeIn(delayUntil(due, now))).replaceWithVoid();
    }

    static long delayUntil(Optional<Long> due, long now) {
        return due.map(at -> Math.clamp(at - now, 1L, IDLE_LOOK.toMillis())).orElse(IDLE_LOOK.toMillis());
    }

    private void wakeIn(long delayMs) {
        if (stopped.get()) {
            return;
        }
        long previous = timer.getAndSet(vertx.setTimer(delayMs, id -> wake()));
        vertx.cancelTimer(previous);
    }
}
