package io.baton.decider.persistence;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.model.workflow.Workflow;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Workflow state in PostgreSQL: one row per workflow, one per task, written only for what a command changed. */
@ApplicationScoped
public class WorkflowStore {
    /** The workflow row keeps the workflow without its tasks; tasks have rows of their own. */
    @JsonIgnoreProperties("tasks")
    private abstract static class WithoutTasks {
    }

    private static final ObjectWriter WORKFLOW_ROW = Json.mapper().copy().addMixIn(Workflow.class, WithoutTasks.class).writer();

    /** Records the command id; false when it was recorded before, i.e. the command was already applied. */
    public Uni<Boolean> recordCommand(SqlConnection connection, String commandId, String workflowId, long now) {
        return connection.preparedQuery("INSERT INTO decider.applied_command (command_id, workflow_id, applied_at) "
                        + "VALUES ($1, $2, $3) ON CONFLICT (command_id) DO NOTHING")
                .execute(Tuple.of(commandId, workflowId, now))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * The workflow with all its tasks in sequence, locked for this transaction; null when there is none. The id is
     * locked first: a row lock cannot hold a workflow that has no row yet, and two starts of one id on two partitions
     * (after partitions were added) would otherwise both start it.
     */
    public Uni<Workflow> load(SqlConnection connection, String workflowId) {
        return connection.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of(workflowId))
                .flatMap(locked -> connection
                        .preparedQuery("SELECT state::text FROM decider.workflow WHERE workflow_id = $1 FOR UPDATE")
                        .execute(Tuple.of(workflowId)))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    Workflow workflow = Json.read(rows.iterator().next().getString(0), Workflow.class);
                    return connection.preparedQuery("SELECT state::text FROM decider.task WHERE workflow_id = $1 ORDER BY seq")
                            .execute(Tuple.of(workflowId))
                            .map(taskRows -> {
                                List<Task> tasks = new ArrayList<>(taskRows.size());
                                for (Row row : taskRows) {
                                    tasks.add(Json.read(row.getString(0), Task.class));
                                }
                                workflow.setTasks(tasks);
                                return workflow;
                            });
                });
    }

    /** Deletes the workflow and its tasks. The ids of the commands applied to it stay, so none is applied twice. */
    public Uni<Void> remove(SqlConnection connection, String workflowId) {
        return connection.preparedQuery("DELETE FROM decider.task WHERE workflow_id = $1").execute(Tuple.of(workflowId))
                .flatMap(tasks -> connection.preparedQuery("DELETE FROM decider.workflow WHERE workflow_id = $1")
                        .execute(Tuple.of(workflowId)))
                .replaceWithVoid();
    }

    /** Writes the workflow row, the changed task rows, and deletes the rows of the tasks the command dropped. */
    public Uni<Void> save(SqlConnection connection, Workflow workflow, List<Task> changedTasks,
                          List<String> removedTaskIds) {
        Uni<Void> written = write(connection, workflow, changedTasks);
        if (removedTaskIds.isEmpty()) {
            return written;
        }
        return written.flatMap(done -> connection.preparedQuery("DELETE FROM decider.task WHERE task_id = ANY($1)")
                .execute(Tuple.of(removedTaskIds.toArray(String[]::new)))
                .replaceWithVoid());
    }

    private Uni<Void> write(SqlConnection connection, Workflow workflow, List<Task> changedTasks) {
        Uni<Void> workflowRow = connection.preparedQuery("INSERT INTO decider.workflow (workflow_id, workflow_name, "
                        + "workflow_version, status, correlation_id, create_time, update_time, end_time, state) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb) ON CONFLICT (workflow_id) DO UPDATE SET "
                        + "status = EXCLUDED.status, update_time = EXCLUDED.update_time, end_time = EXCLUDED.end_time, "
                        + "state = EXCLUDED.state")
                .execute(Tuple.from(Arrays.asList(workflow.getWorkflowId(), workflow.getWorkflowName(),
                        workflow.getWorkflowVersion(), workflow.getStatus().name(), workflow.getCorrelationId(),
                        workflow.getCreateTime(), workflow.getUpdateTime(), workflow.getEndTime(), workflowRow(workflow))))
                .replaceWithVoid();
        if (changedTasks.isEmpty()) {
            return workflowRow;
        }
        List<Tuple> taskRows = changedTasks.stream()
                .map(task -> Tuple.of(task.getTaskId(), task.getWorkflowInstanceId(), task.getSeq(),
                        task.getReferenceTaskName(), task.getStatus().name(), Json.write(task)))
                .toList();
        return workflowRow.flatMap(done -> connection.preparedQuery("INSERT INTO decider.task (task_id, workflow_id, "
                        + "seq, reference_task_name, status, state) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb) "
                        + "ON CONFLICT (task_id) DO UPDATE SET status = EXCLUDED.status, state = EXCLUDED.state")
                .executeBatch(taskRows)
                .replaceWithVoid());
    }

    private static String workflowRow(Workflow workflow) {
        try {
            return WORKFLOW_ROW.writeValueAsString(workflow);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write workflow " + workflow.getWorkflowId(), e);
        }
    }
}
