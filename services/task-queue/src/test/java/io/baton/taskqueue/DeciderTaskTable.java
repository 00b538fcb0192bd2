package io.baton.taskqueue;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.StoredWorkflow;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.UUID;

/**
 * The decider's task table (and its workflow and applied-command tables), as its migration makes them, made only when
 * absent: no decider runs in these tests.
 */
public final class DeciderTaskTable {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private DeciderTaskTable() {
    }

    static void ensure(Pool pool) {
        pool.query("CREATE SCHEMA IF NOT EXISTS decider").execute().await().atMost(WAIT);
        pool.query("CREATE TABLE IF NOT EXISTS decider.task (task_id text PRIMARY KEY, workflow_id text NOT NULL, "
                + "seq int NOT NULL, reference_task_name text NOT NULL, status text NOT NULL, state jsonb NOT NULL)")
                .execute().await().atMost(WAIT);
        pool.query("CREATE TABLE IF NOT EXISTS decider.workflow (workflow_id text PRIMARY KEY, workflow_name text NOT NULL, "
                + "workflow_version int NOT NULL, status text NOT NULL, correlation_id text, create_time bigint NOT NULL, "
                + "update_time bigint NOT NULL, end_time bigint NOT NULL DEFAULT 0, state jsonb NOT NULL)")
                .execute().await().atMost(WAIT);
        // as the decider's migration V7 adds it
        pool.query("ALTER TABLE decider.workflow ADD COLUMN IF NOT EXISTS definition jsonb").execute().await().atMost(WAIT);
        pool.query("CREATE TABLE IF NOT EXISTS decider.applied_command (command_id text PRIMARY KEY, "
                + "workflow_id text NOT NULL, applied_at bigint NOT NULL)").execute().await().atMost(WAIT);
    }

    /** Writes the task as the decider would. */
    static void store(Pool pool, Task task) {
        ensure(pool);
        pool.preparedQuery("INSERT INTO decider.task (task_id, workflow_id, seq, reference_task_name, status, state) "
                        + "VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)")
                .execute(Tuple.of(task.getTaskId(), task.getWorkflowInstanceId(), task.getSeq(),
                        task.getReferenceTaskName(), task.getStatus().name(), Json.write(task)))
                .await().atMost(WAIT);
    }

    /** Writes the workflow (without its tasks) as the decider would. */
    static void store(Pool pool, Workflow workflow) {
        ensure(pool);
        pool.preparedQuery("INSERT INTO decider.workflow (workflow_id, workflow_name, workflow_version, status, "
                        + "create_time, update_time, state, definition) "
                        + "VALUES ($1, 'test', 1, $2, 0, 0, $3::text::jsonb, $4::text::jsonb) "
                        + "ON CONFLICT (workflow_id) DO UPDATE SET status = $2, state = $3::text::jsonb, definition = $4::text::jsonb")
                .execute(Tuple.of(workflow.getWorkflowId(), workflow.getStatus().name(), StoredWorkflow.state(workflow),
                        StoredWorkflow.definition(workflow)))
                .await().atMost(WAIT);
    }

    /** Changes a task's status as the decider would when it applies a result. */
    public static void setStatus(Pool pool, Task task, TaskStatus status) {
        task.setStatus(status);
        pool.preparedQuery("UPDATE decider.task SET status = $2, state = $3::text::jsonb WHERE task_id = $1")
                .execute(Tuple.of(task.getTaskId(), status.name(), Json.write(task))).await().atMost(WAIT);
    }

    /** Records the command as applied, as the decider does in the transaction of its effects. */
    static void applied(Pool pool, String commandId, String workflowId) {
        pool.preparedQuery("INSERT INTO decider.applied_command (command_id, workflow_id, applied_at) VALUES ($1, $2, 0)")
                .execute(Tuple.of(commandId, workflowId)).await().atMost(WAIT);
    }

    /** Writes a new IN_PROGRESS task of the workflow as the decider would, as it schedules one (a WAIT, a HUMAN). */
    public static Task inProgress(Pool pool, String workflowId, String type, String ref, int seq) {
        Task task = new Task();
        task.setTaskId(UUID.randomUUID().toString());
        task.setWorkflowInstanceId(workflowId);
        task.setTaskType(type);
        task.setTaskDefName(type);
        task.setReferenceTaskName(ref);
        task.setSeq(seq);
        task.setStatus(TaskStatus.IN_PROGRESS);
        WorkflowTask node = new WorkflowTask();
        node.setName(type);
        node.setTaskReferenceName(ref);
        node.setType(type);
        task.setWorkflowTask(node);
        store(pool, task);
        return task;
    }
}
