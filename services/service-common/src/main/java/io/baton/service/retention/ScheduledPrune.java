package io.baton.service.retention;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Rows that only grow unless something deletes them (bookkeeping kept for a window, history kept for a retention),
 * deleted in the background while the service runs once older than the subclass's retention setting, as often as its
 * prune-every setting says. Every instance of a service prunes: deleting rows another already deleted changes nothing.
 */
public abstract class ScheduledPrune {
    private static final Logger LOG = Logger.getLogger(ScheduledPrune.class);

    @Inject
    Vertx vertx;

    private final String what;
    private final String retentionProperty;
    private final Optional<Duration> retentionDefault;
    private final String pruneEveryProperty;
    private final Duration pruneEveryDefault;
    private volatile Optional<Duration> retention = Optional.empty();
    private long timer = -1;

    /**
     * @param what the rows, as the log names them
     * @param retentionProperty the setting that says how long rows are kept, {@code retentionDefault} unless set
     * @param retentionDefault empty to keep the rows for ever unless the setting is given
     * @param pruneEveryProperty the setting that says how often to prune, {@code pruneEveryDefault} unless set
     */
    protected ScheduledPrune(String what, String retentionProperty, Optional<Duration> retentionDefault,
                             String pruneEveryProperty, Duration pruneEveryDefault) {
        this.what = what;
        this.retentionProperty = retentionProperty;
        this.retentionDefault = retentionDefault;
        this.pruneEveryProperty = pruneEveryProperty;
        this.pruneEveryDefault = pruneEveryDefault;
    }

    /** Deletes the rows older than the retention at {@code now} (epoch ms), none when none is set. @return how many */
    public Uni<Integer> prune(long now) {
        return retention.isEmpty() ? Uni.createFrom().item(0) : pruneOlderThan(now - retention.get().toMillis());
    }

    /** Deletes the rows older than {@code cutoff} (epoch ms). @return how many */
    protected abstract Uni<Integer> pruneOlderThan(long cutoff);

    /**
     * Reads both settings at start, so that a value that is no duration stops the service with a clear error; prunes
     * from then on only when there is a retention.
     */
    void start(@Observes StartupEvent startup) {
        retention = duration(retentionProperty).or(() -> retentionDefault);
        Duration period = duration(pruneEveryProperty).orElse(pruneEveryDefault);
        if (retention.isEmpty()) {
            return;
        }
        timer = vertx.setPeriodic(period.toMillis(), id -> prune(System.currentTimeMillis()).subscribe().with(
                deleted -> LOG.debugf("Pruned %d %s", deleted, what),
                failure -> LOG.warnf("%s not pruned, trying again in %s: %s", what, period, failure)));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private static Optional<Duration> duration(String setting) {
        return ConfigProvider.getConfig().getOptionalValue(setting, Duration.class);
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
