package io.baton.service.retention;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Rows that only grow unless something deletes them (bookkeeping kept for a window, history kept for a retention),
 * deleted in the background. Every instance of a service prunes: deleting rows another already deleted changes nothing.
 */
public final class Pruning {
    private static final Logger LOG = Logger.getLogger(Pruning.class);

    private Pruning() {
    }

    /**
     * Runs {@code prune} with the current time (epoch ms) every {@code period}, logging what it deleted or why it
     * could not (it tries again next time).
     *
     * @param what the rows, as the log names them
     * @return the Vert.x timer, to cancel when the service stops
     */
    public static long every(Vertx vertx, Duration period, String what, LongFunction<Uni<Integer>> prune) {
        return vertx.setPeriodic(period.toMillis(), id -> prune.apply(System.currentTimeMillis()).subscribe().with(
                deleted -> LOG.debugf("Pruned %d %s", deleted, what),
                failure -> LOG.warnf("%s not pruned, trying again in %s: %s", what, period, failure)));
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
