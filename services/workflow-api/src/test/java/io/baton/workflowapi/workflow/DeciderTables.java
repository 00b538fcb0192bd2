package io.baton.workflowapi.workflow;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.StoredWorkflow;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * The decider's tables, as its own migration creates them, made here only when absent and filled by hand: these tests
 * read what the decider writes without running a decider.
 */
public final class DeciderTables {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Pool pool;

    public DeciderTables(Pool pool) {
        this.pool = pool;
        for (String ddl : new String[] {
                "CREATE SCHEMA IF NOT EXISTS decider",
                "CREATE TABLE IF NOT EXISTS decider.workflow (workflow_id text PRIMARY KEY, workflow_name text NOT NULL, "
                        + "workflow_version int NOT NULL, status text NOT NULL, correlation_id text, "
                        + "create_time bigint NOT NULL, update_time bigint NOT NULL, end_time bigint NOT NULL DEFAULT 0, "
                        + "state jsonb NOT NULL)",
                "CREATE TABLE IF NOT EXISTS decider.task (task_id text PRIMARY KEY, workflow_id text NOT NULL, "
                        + "seq int NOT NULL, reference_task_name text NOT NULL, status text NOT NULL, state jsonb NOT NULL)",
                // as the decider's migration V7 adds it
                "ALTER TABLE decider.workflow ADD COLUMN IF NOT EXISTS definition jsonb"}) {
            pool.query(ddl).execute().await().atMost(WAIT);
        }
    }

    void insertWorkflow(String workflowId, String name, String status, String correlationId) {
        Workflow workflow = workflow(workflowId, name, System.currentTimeMillis());
        workflow.setStatus(WorkflowStatus.valueOf(status));
        workflow.setCorrelationId(correlationId);
        workflow.setInput(Map.of("x", "hello"));
        insert(workflow);
    }

    void insertTask(String workflowId, int seq, String referenceName) {
        Task task = new Task();
        task.setTaskId(UUID.randomUUID().toString());
        task.setWorkflowInstanceId(workflowId);
        task.setSeq(seq);
        task.setReferenceTaskName(referenceName);
        task.setTaskType("SIMPLE");
        task.setStatus(TaskStatus.SCHEDULED);
        insertTask(task);
    }

    /** A RUNNING workflow of that name and version 1, started at {@code startTime}, as the decider first writes it. */
    public static Workflow workflow(String workflowId, String name, long startTime) {
        WorkflowDef definition = new WorkflowDef();
        definition.setName(name);
        definition.setVersion(1);
        Workflow workflow = new Workflow();
        workflow.setWorkflowId(workflowId);
        workflow.setWorkflowDefinition(definition);
        workflow.setCreateTime(startTime);
        workflow.setUpdateTime(startTime);
        return workflow;
    }

    /** Stores the workflow row (without its tasks, as the decider does) and a row for each of its tasks. */
    public void insert(Workflow workflow) {
        pool.preparedQuery("INSERT INTO decider.workflow (workflow_id, workflow_name, workflow_version, status, "
                        + "correlation_id, create_time, update_time, end_time, state, definition) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb)")
                .execute(Tuple.from(Arrays.asList(workflow.getWorkflowId(), workflow.getWorkflowName(),
                        workflow.getWorkflowVersion(), workflow.getStatus().name(), workflow.getCorrelationId(),
                        workflow.getCreateTime(), workflow.getUpdateTime(), workflow.getEndTime(),
                        StoredWorkflow.state(workflow), StoredWorkflow.definition(workflow))))
                .await().atMost(WAIT);
        for (Task task : workflow.getTasks()) {
            task.setWorkflowInstanceId(workflow.getWorkflowId());
            insertTask(task);
        }
    }

    private void insertTask(Task task) {
        pool.preparedQuery("INSERT INTO decider.task (task_id, workflow_id, seq, reference_task_name, status, state) "
                        + "VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)")
                .execute(Tuple.of(task.getTaskId(), task.getWorkflowInstanceId(), task.getSeq(),
                        task.getReferenceTaskName(), task.getStatus().name(), Json.write(task)))
                .await().atMost(WAIT);
    }
}
