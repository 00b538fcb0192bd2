package io.baton.decider.persistence;

import io.baton.decider.outbox.Outbox;
import io.baton.decider.outbox.OutboxMessage;
import io.baton.model.messaging.TasksRemoved;
import io.baton.service.retention.ScheduledPrune;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Deletes workflows that ended longer ago than {@code baton.workflows.retention}, with their tasks, checked every
 * {@code baton.workflows.prune-every}; unset (the default), Baton keeps them for ever, as Conductor does. Conductor's
 * users ask for such a job (conductor-oss/conductor#1081): ended workflows pile up, and each one makes the tables'
 * indexes larger for every workflow that follows. A workflow deleted here is gone as if removed
 * ({@code DELETE /api/workflow/{id}/remove}): task-queue is told through the outbox that its tasks are gone, and the
 * ids of the commands applied to it stay for their own retention.
 */
@ApplicationScoped
public class WorkflowRetention extends ScheduledPrune {
    private static final int DELETE_BATCH = 1_000;

    @Inject
    Outbox outbox;

    public WorkflowRetention() {
        super("ended workflows", "baton.workflows.retention", Optional.empty(), "baton.workflows.prune-every",
                Duration.ofMinutes(10));
    }

    @Override
    protected Uni<Integer> pruneOlderThan(long cutoff) {
        return inBatches(DELETE_BATCH, () -> outbox.inTransaction(connection -> deleteBatch(connection, cutoff))
                .call(batch -> outbox.publish(batch.messages()))
                .map(DeletedBatch::workflows));
    }

    /** How many workflows a batch deleted, and the messages it stored for task-queue. */
    private record DeletedBatch(int workflows, List<OutboxMessage> messages) {
    }

    /**
     * Deletes a batch of workflows ended before the cutoff and stores, in the same transaction, a {@link TasksRemoved}
     * for each one that had tasks, as a removal sends it.
     */
    private Uni<DeletedBatch> deleteBatch(SqlConnection connection, long cutoff) {
        // SKIP LOCKED: a workflow a command is changing (a rerun of an ended one) is left to the next round; a command
        // that waits for a row deleted here finds no workflow, as after a removal. The status list is the partial
        // index's, written out so the planner can use it.
        return connection.preparedQuery("WITH ended AS ("
                        + "SELECT workflow_id FROM decider.workflow "
                        + "WHERE status IN ('COMPLETED', 'FAILED', 'TIMED_OUT', 'TERMINATED') "
                        + "AND end_time > 0 AND end_time < $1 "
                        + "ORDER BY end_time LIMIT $2 FOR UPDATE SKIP LOCKED), "
                        + "tasks AS (DELETE FROM decider.task WHERE workflow_id IN (SELECT workflow_id FROM ended) "
                        + "  RETURNING workflow_id, task_id), "
                        + "timers AS (DELETE FROM decider.timer WHERE workflow_id IN (SELECT workflow_id FROM ended)), "
                        + "workflows AS (DELETE FROM decider.workflow WHERE workflow_id IN (SELECT workflow_id FROM ended) "
                        + "  RETURNING workflow_id) "
                        + "SELECT w.workflow_id, t.task_ids FROM workflows w LEFT JOIN ("
                        + "  SELECT workflow_id, array_agg(task_id) AS task_ids FROM tasks GROUP BY workflow_id) t "
                        + "USING (workflow_id)")
                .execute(Tuple.of(cutoff, DELETE_BATCH))
                .flatMap(rows -> {
                    List<OutboxMessage> messages = new ArrayList<>();
                    for (Row row : rows) {
                        String[] taskIds = row.getArrayOfStrings(1);
                        if (taskIds != null) {
                            messages.add(Outbox.messageOf(new TasksRemoved(UUID.randomUUID().toString(),
                                    row.getString(0), List.of(taskIds))));
                        }
                    }
                    return outbox.store(connection, messages).map(stored -> new DeletedBatch(rows.size(), stored));
                });
    }
}
