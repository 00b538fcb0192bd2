package io.baton.taskqueue.queue;

import io.baton.model.json.Json;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The worker-task queues in PostgreSQL (schema task_queue). */
@ApplicationScoped
public class QueuedTaskStore {
    /** What a take reads of each task it might hand out: its id and its definition's limits. */
    private static final String CANDIDATES = "SELECT task_id, task_def_name, "
            + "coalesce((task#>>'{workflowTask,taskDefinition,concurrentExecLimit}')::int, 0) AS concurrency, "
            + "coalesce((task->>'rateLimitPerFrequency')::int, 0) AS rate, "
            + "coalesce((task->>'rateLimitFrequencyInSeconds')::int, 0) AS per, priority, visible_after, created_at "
            + "FROM task_queue.queued_task ";

    /**
     * A row of the queue: where a task stands with workers. @param withdrawn the decider ended it (timed out,
     * canceled) rather than a worker
     */
    public record QueuedTask(String taskId, String workflowId, String queueName, String state, boolean withdrawn) {
        public boolean done() {
            return "DONE".equals(state);
        }
    }

    @Inject
    Pool pool;

    /**
     * Stores a dispatched task; a redelivered dispatch finds it there and changes nothing. A dispatch of a task already
     * stored replaces it only when it is a later scheduling of a finished task (a rerun runs the same task again), or
     * brings a task no worker took yet forward (reset callbacks): neither can be a redelivery.
     */
    public Uni<Boolean> offer(TaskScheduled scheduled) {
        return offer(pool, scheduled);
    }

    /** {@link #offer(TaskScheduled)} in the caller's transaction. */
    public Uni<Boolean> offer(SqlClient client, TaskScheduled scheduled) {
        Task task = scheduled.task();
        return client.preparedQuery("INSERT INTO task_queue.queued_task (task_id, queue_name, workflow_id, priority, "
                        + "state, visible_after, task) VALUES ($1, $2, $3, $4, 'QUEUED', $5, $6::text::jsonb) "
                        + "ON CONFLICT (task_id) DO UPDATE SET queue_name = EXCLUDED.queue_name, "
                        + "priority = EXCLUDED.priority, state = 'QUEUED', visible_after = EXCLUDED.visible_after, "
                        + "lease_until = NULL, worker_id = NULL, poll_count = 0, "
                        + "started_at = NULL, withdrawn = false, task = EXCLUDED.task "
                        + "WHERE (queued_task.state = 'DONE' AND (EXCLUDED.task->>'scheduledTime')::bigint "
                        + "  > (queued_task.task->>'scheduledTime')::bigint) "
                        + "OR (queued_task.state = 'QUEUED' AND queued_task.poll_count = 0 "
                        + "  AND EXCLUDED.visible_after < queued_task.visible_after)")
                .execute(Tuple.from(List.of(task.getTaskId(), scheduled.queueName(), scheduled.workflowId(),
                        task.getWorkflowPriority(), scheduled.visibleAfter(), Json.write(task))))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Hands up to {@code count} visible QUEUED tasks of a queue to a worker, in one transaction, highest priority
     * first, then the longest visible, then the oldest (Conductor's queue order), as many as their definitions'
     * limits let through ({@link TaskDefLimits}). SKIP LOCKED lets concurrent polls take different tasks. A task a
     * worker took stays with it: if the worker goes silent, the decider times it out (responseTimeoutSeconds) and
     * offers a new attempt as a new task, withdrawing this one, as Conductor does. Only the system-task runner claims
     * with a lease, so that a task whose runner died is taken again once the lease lapses.
     *
     * @param leaseMs how long the system-task runner may hold them, or null for a worker's poll (no lease)
     * @return the tasks as the worker receives them: IN_PROGRESS, with its id, the poll count and first start time
     */
    public Uni<List<Task>> take(String queueName, String workerId, int count, long now, Long leaseMs) {
        // One branch per partial index (queued_task_ready, queued_task_leased), each reading at most count rows: an
        // OR of the two made PostgreSQL read every in-progress task of every queue.
        return pool.withTransaction(conn -> conn.preparedQuery("WITH ready AS (" + CANDIDATES
                                + "WHERE queue_name = $1 AND state = 'QUEUED' AND visible_after <= $3 "
                                + "ORDER BY priority DESC, visible_after, created_at LIMIT $2 FOR UPDATE SKIP LOCKED), "
                                + "lapsed AS (" + CANDIDATES
                                + "WHERE queue_name = $1 AND state = 'IN_PROGRESS' AND lease_until <= $3 "
                                + "ORDER BY lease_until LIMIT $2 FOR UPDATE SKIP LOCKED) "
                                + "SELECT task_id, task_def_name, concurrency, rate, per FROM "
                                + "(SELECT * FROM ready UNION ALL SELECT * FROM lapsed) candidates "
                                + "ORDER BY priority DESC, visible_after, created_at LIMIT $2")
                        .execute(Tuple.of(queueName, count, now))
                        .flatMap(rows -> {
                            List<TaskDefLimits.Candidate> ready = new ArrayList<>(rows.size());
                            for (Row row : rows) {
                                ready.add(new TaskDefLimits.Candidate(row.getString(0), row.getString(1),
                                        new TaskDefLimits.Limits(row.getInteger(2), row.getInteger(3), row.getInteger(4))));
                            }
                            return TaskDefLimits.admit(conn, ready, now);
                        })
                        .flatMap(admitted -> admitted.isEmpty()
                                ? Uni.createFrom().item(List.<Task>of())
                                : hand(conn, admitted.stream().map(TaskDefLimits.Candidate::taskId).toList(),
                                        workerId, now, leaseMs)));
    }

    private static Uni<List<Task>> hand(SqlConnection conn, List<String> taskIds, String workerId, long now, Long leaseMs) {
        return conn.preparedQuery("WITH taken AS (UPDATE task_queue.queued_task q SET state = 'IN_PROGRESS', worker_id = $2, "
                        + "  poll_count = q.poll_count + 1, lease_until = $3::bigint + $4::bigint, "
                        + "  started_at = coalesce(q.started_at, $3) "
                        + "  WHERE q.task_id = ANY($1) "
                        + "  RETURNING q.task, q.poll_count, q.started_at, q.priority, q.visible_after, q.created_at) "
                        // RETURNING keeps no order: hand the batch out in queue order too.
                        + "SELECT task::text, poll_count, started_at FROM taken ORDER BY priority DESC, visible_after, created_at")
                .execute(Tuple.of(taskIds.toArray(String[]::new), workerId, now, leaseMs))
                .map(rows -> {
                    List<Task> tasks = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        Task task = Json.read(row.getString(0), Task.class);
                        tasks.add(asPolled(task, row.getInteger(1), row.getLong(2), workerId, now));
                    }
                    return tasks;
                });
    }

    /**
     * When a poll could next take a task of the queue that is not visible now (a delayed one, or a lease that runs
     * out), in epoch ms; empty when there is none.
     */
    public Uni<Optional<Long>> nextDue(String queueName, long now) {
        return pool.preparedQuery("SELECT least((SELECT min(visible_after) FROM task_queue.queued_task "
                        + "WHERE queue_name = $1 AND state = 'QUEUED' AND visible_after > $2), "
                        + "(SELECT min(lease_until) FROM task_queue.queued_task WHERE queue_name = $1 AND state = 'IN_PROGRESS'))")
                .execute(Tuple.of(queueName, now))
                .map(rows -> Optional.ofNullable(rows.iterator().next().getLong(0)));
    }

    public Uni<Optional<QueuedTask>> find(String taskId) {
        return pool.preparedQuery("SELECT task_id, workflow_id, queue_name, state, withdrawn FROM task_queue.queued_task "
                        + "WHERE task_id = $1")
                .execute(Tuple.of(taskId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(queuedTask(rows.iterator().next())));
    }

    /** @return the task's type, empty when the task is on no queue */
    public Uni<Optional<String>> taskType(String taskId) {
        return pool.preparedQuery("SELECT task->>'taskType' AS task_type FROM task_queue.queued_task WHERE task_id = $1")
                .execute(Tuple.of(taskId))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.ofNullable(rows.iterator().next().getString("task_type")));
    }

    /** Takes back tasks a poll could not hand out, as if that poll had never taken them. */
    public Uni<Void> release(List<String> taskIds) {
        return pool.preparedQuery("UPDATE task_queue.queued_task SET state = 'QUEUED', worker_id = NULL, "
                        + "poll_count = poll_count - 1, started_at = CASE WHEN poll_count = 1 THEN NULL ELSE started_at END "
                        + "WHERE task_id = ANY($1) AND state = 'IN_PROGRESS'")
                .execute(Tuple.of(taskIds.toArray(String[]::new))).replaceWithVoid();
    }

    /** The worker is done with the task: no poll offers it again. */
    public Uni<Void> finish(String taskId) {
        return pool.preparedQuery("UPDATE task_queue.queued_task SET state = 'DONE', done_at = $2 WHERE task_id = $1")
                .execute(Tuple.of(taskId, System.currentTimeMillis())).replaceWithVoid();
    }

    /** The decider ended the task (timed out, canceled): no poll offers it again, and a late result is refused. */
    public Uni<Void> withdraw(SqlClient client, String taskId) {
        return client.preparedQuery("UPDATE task_queue.queued_task SET state = 'DONE', withdrawn = true, done_at = $2 "
                        + "WHERE task_id = $1")
                .execute(Tuple.of(taskId, System.currentTimeMillis())).replaceWithVoid();
    }

    /**
     * The worker reported progress: as in Conductor, the task goes back on its queue, visible again at
     * {@code visibleAfter}, and the next poll hands it out with the output the worker reported.
     */
    public Uni<Void> requeue(String taskId, long visibleAfter, Map<String, Object> outputData) {
        String output = Json.write(Map.of("outputData", outputData == null ? Map.of() : outputData));
        return pool.preparedQuery("UPDATE task_queue.queued_task SET state = 'QUEUED', visible_after = $2, "
                        + "task = task || $3::text::jsonb WHERE task_id = $1 AND state <> 'DONE'")
                .execute(Tuple.of(taskId, visibleAfter, output)).replaceWithVoid();
    }

    /**
     * Conductor's requeue of a task type's pending tasks: every task of the type not done yet is on its queue again,
     * those workers took visible now (their workers may still report them), those waiting out a callback or delay
     * still waiting it out.
     *
     * @return the queue of each task requeued
     */
    public Uni<List<String>> requeuePending(String taskType, long now) {
        return pool.preparedQuery("UPDATE task_queue.queued_task SET state = 'QUEUED', worker_id = NULL, lease_until = NULL, "
                        + "visible_after = CASE WHEN state = 'IN_PROGRESS' THEN $2 ELSE visible_after END "
                        + "WHERE task->>'taskType' = $1 AND state <> 'DONE' RETURNING queue_name")
                .execute(Tuple.of(taskType, now))
                .map(rows -> {
                    List<String> queues = new ArrayList<>(rows.size());
                    rows.forEach(row -> queues.add(row.getString(0)));
                    return queues;
                });
    }

    /**
     * The task waits for someone to complete it through POST /api/tasks (an asyncComplete system task): it stays
     * IN_PROGRESS with no lease, so no poll takes it again.
     */
    public Uni<Void> holdForCompletion(String taskId) {
        return pool.preparedQuery("UPDATE task_queue.queued_task SET lease_until = NULL "
                        + "WHERE task_id = $1 AND state = 'IN_PROGRESS'")
                .execute(Tuple.of(taskId)).replaceWithVoid();
    }

    private static Task asPolled(Task task, int pollCount, long startedAt, String workerId, long now) {
        task.setStatus(TaskStatus.IN_PROGRESS);
        task.setWorkerId(workerId);
        task.setPollCount(pollCount);
        task.setStartTime(startedAt);
        task.setUpdateTime(now);
        return task;
    }

    private static QueuedTask queuedTask(Row row) {
        return new QueuedTask(row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4));
    }
}
