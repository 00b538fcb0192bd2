package io.baton.workflowapi.workflow;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
                        + "seq int NOT NULL, reference_task_name text NOT NULL, status text NOT NULL, state jsonb NOT NULL)"}) {
            pool.query(ddl).execute().await().atMost(WAIT);
        }
    }

    void insertWorkflow(String workflowId, String name, String status, String correlationId) {
        long now = System.currentTimeMillis();
        String state = """
                {"workflowId": "%s", "status": "%s", "correlationId": "%s", "input": {"x": "hello"},
                 "workflowDefinition": {"name": "%s", "version": 1, "tasks": []}, "createTime": %d}
                """.formatted(workflowId, status, correlationId, name, now);
        pool.preparedQuery("INSERT INTO decider.workflow (workflow_id, workflow_name, workflow_version, status, "
                        + "correlation_id, create_time, update_time, end_time, state) "
                        + "VALUES ($1, $2, 1, $3, $4, $5, $5, 0, $6::text::jsonb)")
                .execute(Tuple.from(Arrays.asList(workflowId, name, status, correlationId, now, state)))
                .await().atMost(WAIT);
    }

    void insertTask(String workflowId, int seq, String referenceName) {
        String taskId = UUID.randomUUID().toString();
        String state = """
                {"taskId": "%s", "workflowInstanceId": "%s", "seq": %d, "referenceTaskName": "%s",
                 "taskType": "SIMPLE", "status": "SCHEDULED"}
                """.formatted(taskId, workflowId, seq, referenceName);
        pool.preparedQuery("INSERT INTO decider.task (task_id, workflow_id, seq, reference_task_name, status, state) "
                        + "VALUES ($1, $2, $3, $4, 'SCHEDULED', $5::text::jsonb)")
                .execute(Tuple.of(taskId, workflowId, seq, referenceName, state))
                .await().atMost(WAIT);
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
        List<Task> tasks = new ArrayList<>(workflow.getTasks());
        workflow.setTasks(List.of());
        pool.preparedQuery("INSERT INTO decider.workflow (workflow_id, workflow_name, workflow_version, status, "
                        + "correlation_id, create_time, update_time, end_time, state) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb)")
                .execute(Tuple.from(Arrays.asList(workflow.getWorkflowId(), workflow.getWorkflowName(),
                        workflow.getWorkflowVersion(), workflow.getStatus().name(), workflow.getCorrelationId(),
                        workflow.getCreateTime(), workflow.getUpdateTime(), workflow.getEndTime(), Json.write(workflow))))
                .await().atMost(WAIT);
        workflow.setTasks(tasks);
        for (Task task : tasks) {
            task.setWorkflowInstanceId(workflow.getWorkflowId());
            pool.preparedQuery("INSERT INTO decider.task (task_id, workflow_id, seq, reference_task_name, status, state) "
                            + "VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)")
                    .execute(Tuple.of(task.getTaskId(), workflow.getWorkflowId(), task.getSeq(),
                            task.getReferenceTaskName(), task.getStatus().name(), Json.write(task)))
                    .await().atMost(WAIT);
        }
    }
}
