package io.baton.decider.command;

import io.baton.service.retention.ScheduledPrune;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Forgets the ids of commands applied longer ago than {@code baton.applied-commands.retention} (7 days unless set),
 * checked every {@code baton.applied-commands.prune-every}. An id is kept so that a command delivered again is not
 * applied twice, and Kafka delivers nothing older than the commands topic keeps: 7 days as Baton creates it
 * (k8s/base/topics.yaml) and by the broker's default. Kept for ever, one row per command, the table's index outgrew
 * PostgreSQL's cache and every command's insert slowed (0.12 to 0.29 ms after 4.8 million; benchmark README).
 */
@ApplicationScoped
public class AppliedCommandRetention extends ScheduledPrune {
    private static final int DELETE_BATCH = 10_000;

    @Inject
    Pool pool;

    public AppliedCommandRetention() {
        super("applied command ids", "baton.applied-commands.retention", Optional.of(Duration.ofDays(7)),
                "baton.applied-commands.prune-every", Duration.ofMinutes(10));
    }

    @Override
    protected Uni<Integer> pruneOlderThan(long cutoff) {
        return inBatches(DELETE_BATCH, () -> pool.preparedQuery("DELETE FROM decider.applied_command "
                        + "WHERE command_id = ANY(ARRAY(SELECT command_id FROM decider.applied_command "
                        + "WHERE applied_at < $1 ORDER BY applied_at LIMIT $2))")
                .execute(Tuple.of(cutoff, DELETE_BATCH))
                .map(rows -> rows.rowCount()));
    }
}
