package io.baton.service.retention;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Rows that only grow unless something deletes them (bookkeeping kept for a window, history kept for a retention),
 * deleted in the background every {@link #pruneEvery()} while the service runs. Every instance of a service prunes:
 * deleting rows another already deleted changes nothing.
 */
public abstract class ScheduledPrune {
    private static final Logger LOG = Logger.getLogger(ScheduledPrune.class);

    @Inject
    Vertx vertx;

    private long timer = -1;

    /** Deletes what is old at {@code now} (epoch ms). @return how many rows */
    public abstract Uni<Integer> prune(long now);

    protected abstract Duration pruneEvery();

    /** The rows, as the log names them. */
    protected abstract String what();

    void start(@Observes StartupEvent startup) {
        Duration period = pruneEvery();
        timer = vertx.setPeriodic(period.toMillis(), id -> prune(System.currentTimeMillis()).subscribe().with(
                deleted -> LOG.debugf("Pruned %d %s", deleted, what()),
                failure -> LOG.warnf("%s not pruned, trying again in %s: %s", what(), period, failure)));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        vertx.cancelTimer(timer);
    }

    /**
     * Runs a delete of at most {@code batchSize} rows again until one deletes fewer: short transactions and locks,
     * however much there is to delete (a backlog after an upgrade, or after a long stop).
     *
     * @return how many rows it deleted in all
     */
    public static Uni<Integer> inBatches(int batchSize, Supplier<Uni<Integer>> deleteBatch) {
        return deleteBatch.get().flatMap(deleted -> deleted < batchSize
                ? Uni.createFrom().item(deleted)
                : inBatches(batchSize, deleteBatch).map(more -> deleted + more));
    }
}
