package io.baton.service.retention;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Rows that only grow unless something deletes them (bookkeeping kept for a window, history kept for a retention),
 * deleted in the background while the service runs, as often as the subclass's {@code ...prune-every} setting says.
 * Every instance of a service prunes: deleting rows another already deleted changes nothing.
 */
public abstract class ScheduledPrune {
    private static final Logger LOG = Logger.getLogger(ScheduledPrune.class);

    @Inject
    Vertx vertx;

    private final String what;
    private final String pruneEveryProperty;
    private final Duration pruneEveryDefault;
    private long timer = -1;

    /**
     * @param what the rows, as the log names them
     * @param pruneEveryProperty the setting that says how often to prune, {@code pruneEveryDefault} unless set
     */
    protected ScheduledPrune(String what, String pruneEveryProperty, Duration pruneEveryDefault) {
        this.what = what;
        this.pruneEveryProperty = pruneEveryProperty;
        this.pruneEveryDefault = pruneEveryDefault;
    }

    /** Deletes what is old at {@code now} (epoch ms). @return how many rows */
    public abstract Uni<Integer> prune(long now);

    void start(@Observes StartupEvent startup) {
        Duration period = ConfigProvider.getConfig().getOptionalValue(pruneEveryProperty, Duration.class)
                .orElse(pruneEveryDefault);
        timer = vertx.setPeriodic(period.toMillis(), id -> prune(System.currentTimeMillis()).subscribe().with(
                deleted -> LOG.debugf("Pruned %d %s", deleted, what),
                failure -> LOG.warnf("%s not pruned, trying again in %s: %s", what, period, failure)));
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
