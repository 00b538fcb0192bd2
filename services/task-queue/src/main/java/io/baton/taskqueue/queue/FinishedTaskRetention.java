package io.baton.taskqueue.queue;

import io.baton.model.task.TaskStatus;
import io.baton.service.retention.ScheduledPrune;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Deletes the queue's rows of finished tasks ({@code DONE}) once they have served their purpose, checked every
 * {@code baton.task-queue.prune-every}. A DONE row stops a dispatch delivered again from offering the task a second time,
 * and answers a result reported again; both matter only until the decider has ended the task too, after which a
 * repeated result is answered from the decider's table and a dispatch comes again only from a redelivery, which
 * follows a crash within seconds of it. So a row goes once it and the decider's task have both been ended for
 * {@code baton.task-queue.done-retention} (5 minutes unless set), or once the decider no longer has the task (its
 * workflow removed). Kept for ever, these rows slowed every dispatch's insert (0.23 to 0.45 ms after 2 million; benchmark
 * README). The names of queues emptied this way are kept, as Conductor lists every queue that ever held a task.
 */
@ApplicationScoped
public class FinishedTaskRetention extends ScheduledPrune {
    private static final int DELETE_BATCH = 5_000;
    private static final String[] TERMINAL = Arrays.stream(TaskStatus.values()).filter(TaskStatus::isTerminal)
            .map(Enum::name).toArray(String[]::new);

    @Inject
    Pool pool;

    public FinishedTaskRetention() {
        super("finished tasks' queue rows", "baton.task-queue.done-retention", Optional.of(Duration.ofMinutes(5)),
                "baton.task-queue.prune-every", Duration.ofMinutes(1));
    }

    @Override
    protected Uni<Integer> pruneOlderThan(long cutoff) {
        // The delete checks state and done_at again: a rerun may have offered the task anew since the select.
        return inBatches(DELETE_BATCH, () -> pool.preparedQuery("WITH pruned AS ("
                        + "DELETE FROM task_queue.queued_task WHERE task_id = ANY(ARRAY("
                        + "  SELECT q.task_id FROM task_queue.queued_task q "
                        + "  LEFT JOIN decider.task t ON t.task_id = q.task_id "
                        + "  WHERE q.state = 'DONE' AND q.done_at < $1 AND (t.task_id IS NULL "
                        + "    OR (t.status = ANY($2) AND coalesce((t.state->>'endTime')::bigint, 0) < $1)) "
                        + "  ORDER BY q.done_at LIMIT $3)) "
                        + "AND state = 'DONE' AND done_at < $1 RETURNING queue_name), "
                        + "known AS (INSERT INTO task_queue.known_queue SELECT DISTINCT queue_name FROM pruned "
                        + "  ON CONFLICT DO NOTHING) "
                        + "SELECT count(*) FROM pruned")
                .execute(Tuple.of(cutoff, TERMINAL, DELETE_BATCH))
                .map(rows -> rows.iterator().next().getLong(0).intValue()));
    }
}
