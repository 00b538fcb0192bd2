package io.baton.decider.persistence;

import io.baton.service.retention.ScheduledPrune;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Deletes workflows that ended longer ago than {@code baton.workflows.retention}, with their tasks, checked every
 * {@code baton.workflows.prune-every}; unset (the default), Baton keeps them for ever, as Conductor does. Conductor's
 * users ask for such a job (conductor-oss/conductor#1081): ended workflows pile up, and each one makes the tables'
 * indexes larger for every workflow that follows. A workflow deleted here is gone as if removed
 * ({@code DELETE /api/workflow/{id}/remove}); the ids of the commands applied to it stay for their own retention.
 */
@ApplicationScoped
public class WorkflowRetention extends ScheduledPrune {
    private static final int DELETE_BATCH = 1_000;

    @Inject
    Pool pool;

    public WorkflowRetention() {
        super("ended workflows", "baton.workflows.retention", Optional.empty(), "baton.workflows.prune-every",
                Duration.ofMinutes(10));
    }

    @Override
    protected Uni<Integer> pruneOlderThan(long cutoff) {
        // SKIP LOCKED: a workflow a command is changing (a rerun of an ended one) is left to the next round; a command
        // that waits for a row deleted here finds no workflow, as after a removal. The status list is the partial
        // index's, written out so the planner can use it.
        return inBatches(DELETE_BATCH, () -> pool.preparedQuery("WITH ended AS ("
                        + "SELECT workflow_id FROM decider.workflow "
                        + "WHERE status IN ('COMPLETED', 'FAILED', 'TIMED_OUT', 'TERMINATED') "
                        + "AND end_time > 0 AND end_time < $1 "
                        + "ORDER BY end_time LIMIT $2 FOR UPDATE SKIP LOCKED), "
                        + "tasks AS (DELETE FROM decider.task WHERE workflow_id IN (SELECT workflow_id FROM ended)), "
                        + "timers AS (DELETE FROM decider.timer WHERE workflow_id IN (SELECT workflow_id FROM ended)), "
                        + "workflows AS (DELETE FROM decider.workflow WHERE workflow_id IN (SELECT workflow_id FROM ended) "
                        + "  RETURNING 1) "
                        + "SELECT count(*) FROM workflows")
                .execute(Tuple.of(cutoff, DELETE_BATCH))
                .map(rows -> rows.iterator().next().getLong(0).intValue()));
    }
}
