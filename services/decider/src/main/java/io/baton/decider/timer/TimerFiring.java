package io.baton.decider.timer;

import io.baton.decider.timer.TimerStore.DueTimer;
import io.baton.model.messaging.Topics;
import io.baton.service.kafka.KeyedRecords;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Fires due timers: in one transaction, locks them, sends their commands on baton.commands keyed by workflow id,
 * waits for Kafka's acknowledgement and deletes them. A crash before the commit leaves them to fire again, which is
 * harmless: the decider applies a command id once, and a timer re-checks its deadline when applied.
 * <p>
 * It wakes up exactly when the earliest known timer is due: a Vert.x timer set for it, moved earlier whenever a
 * committed decision sets an earlier one. A coarse periodic check also catches timers set by other instances (and
 * those of an instance that died), without ever reading workflows.
 */
@ApplicationScoped
public class TimerFiring {
    private static final Logger LOG = Logger.getLogger(TimerFiring.class);

    @Inject
    Pool pool;

    @Inject
    TimerStore store;

    @Inject
    Vertx vertx;

    @Inject
    @Channel("timers")
    MutinyEmitter<String> kafka;

    @ConfigProperty(name = "baton.timers.safety-check", defaultValue = "10s")
    Duration safetyCheck;

    @ConfigProperty(name = "baton.timers.batch-size", defaultValue = "200")
    int batchSize;

    private final AtomicBoolean firing = new AtomicBoolean();
    private volatile boolean firedAgainRequested;
    private long wakeUpAt = Long.MAX_VALUE;
    private long wakeUpTimer = -1;
    private long safetyTimer = -1;

    void start(@Observes StartupEvent startup) {
        safetyTimer = vertx.setPeriodic(safetyCheck.toMillis(), id -> fireDue());
        fireDue();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        vertx.cancelTimer(safetyTimer);
        synchronized (this) {
            vertx.cancelTimer(wakeUpTimer);
        }
    }

    /** A committed decision set a timer due at {@code fireAt}: wake up then, unless already waking up earlier. */
    public synchronized void wakeUpAt(long fireAt) {
        if (fireAt >= wakeUpAt) {
            return;
        }
        if (wakeUpTimer >= 0) {
            vertx.cancelTimer(wakeUpTimer);
        }
        wakeUpAt = fireAt;
        wakeUpTimer = vertx.setTimer(Math.max(1, fireAt - System.currentTimeMillis()), id -> {
            synchronized (this) {
                wakeUpAt = Long.MAX_VALUE;
                wakeUpTimer = -1;
            }
            fireDue();
        });
    }

    /** Fires every due timer, then waits for the next one; one pass at a time, and another if asked meanwhile. */
    void fireDue() {
        if (!firing.compareAndSet(false, true)) {
            firedAgainRequested = true;
            return;
        }
        firedAgainRequested = false;
        long now = System.currentTimeMillis();
        fireAllDueBy(now)
                .flatMap(fired -> store.nextAfter(now))
                .subscribe().with(next -> {
                    next.ifPresent(this::wakeUpAt);
                    passDone();
                }, failure -> {
                    // The database or Kafka is away; the safety check tries again.
                    LOG.warnf("Firing due timers failed: %s", failure.toString());
                    passDone();
                });
    }

    private void passDone() {
        firing.set(false);
        if (firedAgainRequested) {
            fireDue();
        }
    }

    private Uni<Void> fireAllDueBy(long now) {
        return pool.withTransaction(connection -> store.claimDue(connection, now, batchSize)
                        .flatMap(due -> due.isEmpty()
                                ? Uni.createFrom().item(0)
                                : send(due).flatMap(sent -> store.delete(connection, due)).replaceWith(due.size())))
                .flatMap(count -> count == batchSize ? fireAllDueBy(now) : Uni.createFrom().voidItem());
    }

    private Uni<Void> send(List<DueTimer> due) {
        return Uni.join().all(due.stream()
                        .map(timer -> kafka.sendMessage(KeyedRecords.toTopic(Topics.COMMANDS, timer.workflowId(),
                                timer.command(), Topics.EVENT_TYPE_HEADER, null)))
                        .toList())
                .andFailFast().replaceWithVoid();
    }
}
