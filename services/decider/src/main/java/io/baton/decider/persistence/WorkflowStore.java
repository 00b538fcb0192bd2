package io.baton.decider.persistence;

import io.baton.decider.core.WorkflowRows;
import io.baton.model.json.Json;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.workflow.StoredWorkflow;
import io.baton.model.workflow.Workflow;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Workflow state in PostgreSQL: one row per workflow ({@link StoredWorkflow}), one per task, written only for what a
 * command changed.
 */
@ApplicationScoped
public class WorkflowStore {
    @Inject
    ParsedDefinitions definitions;

    /**
     * Records the commands' ids in one statement; returns those not recorded before, i.e. the commands to apply (an id
     * twice in the list is returned once).
     */
    public Uni<Set<String>> recordCommands(SqlConnection connection, List<WorkflowCommand> commands, long now) {
        return connection.preparedQuery("INSERT INTO decider.applied_command (command_id, workflow_id, applied_at) "
                        + "SELECT id, workflow, $3 FROM unnest($1::text[], $2::text[]) AS c(id, workflow) "
                        + "ON CONFLICT (command_id) DO NOTHING RETURNING command_id")
                .execute(Tuple.of(commands.stream().map(WorkflowCommand::commandId).toArray(String[]::new),
                        commands.stream().map(WorkflowCommand::workflowId).toArray(String[]::new), now))
                .map(rows -> {
                    Set<String> recorded = new HashSet<>();
                    rows.forEach(row -> recorded.add(row.getString(0)));
                    return recorded;
                });
    }

    /**
     * The workflows with all their tasks in sequence, by id, locked for this transaction in id order (so two
     * instances locking overlapping sets wait rather than deadlock); those that do not exist are absent.
     */
    public Uni<Map<String, Workflow>> load(SqlConnection connection, Set<String> workflowIds) {
        String[] ids = workflowIds.toArray(String[]::new);
        // The row lock cannot hold a workflow that has no row yet: two starts of one id (a start sent again, landing on
        // another partition after partitions were added) would both start it. A lock on the id itself can.
        return connection.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended(id, 0)) "
                        + "FROM (SELECT unnest($1::text[]) AS id ORDER BY 1) ids")
                .execute(Tuple.of((Object) ids))
                .flatMap(locked -> connection.preparedQuery("SELECT workflow_id, " + StoredWorkflow.COLUMNS + " FROM decider.workflow "
                        + "WHERE workflow_id = ANY($1) ORDER BY workflow_id FOR UPDATE")
                .execute(Tuple.of((Object) ids)))
                .flatMap(rows -> {
                    Map<String, Workflow> workflows = new HashMap<>();
                    for (Row row : rows) {
                        Workflow workflow = StoredWorkflow.read(row.getString(1), row.getString(2), definitions::of);
                        workflow.setTasks(new ArrayList<>());
                        workflows.put(row.getString(0), workflow);
                    }
                    if (workflows.isEmpty()) {
                        return Uni.createFrom().item(workflows);
                    }
                    return connection.preparedQuery("SELECT workflow_id, state::text FROM decider.task "
                                    + "WHERE workflow_id = ANY($1) ORDER BY workflow_id, seq")
                            .execute(Tuple.of((Object) workflows.keySet().toArray(String[]::new)))
                            .map(taskRows -> {
                                for (Row row : taskRows) {
                                    workflows.get(row.getString(0)).getTasks()
                                            .add(Json.read(row.getString(1), Task.class));
                                }
                                return workflows;
                            });
                });
    }

    /*
     * The writes below queue all their statements on the connection when subscribed, none waiting for another: the
     * connection runs them in that order, and a batch's writes go to PostgreSQL pipelined.
     */

    /** Deletes the workflow and its tasks. The ids of the commands applied to it stay, so none is applied twice. */
    public Uni<Void> remove(SqlConnection connection, String workflowId) {
        return Uni.join().all(
                        connection.preparedQuery("DELETE FROM decider.task WHERE workflow_id = $1").execute(Tuple.of(workflowId)),
                        connection.preparedQuery("DELETE FROM decider.workflow WHERE workflow_id = $1").execute(Tuple.of(workflowId)))
                .andFailFast()
                .replaceWithVoid();
    }

    /**
     * Writes what a run of decisions changed ({@link WorkflowRows}): the workflow row when more than its tasks changed
     * (its definition only when the run replaced it: a start, a restart on the latest definition), the changed task
     * rows, and deletes the rows of the tasks the run dropped.
     */
    public Uni<Void> save(SqlConnection connection, WorkflowRows rows) {
        Workflow workflow = rows.workflow();
        List<Task> changedTasks = rows.changedTasks();
        List<String> removedTaskIds = rows.removedTaskIds();
        List<Uni<Void>> statements = new ArrayList<>(3);
        if (rows.workflowChanged()) {
            statements.add(connection.preparedQuery("INSERT INTO decider.workflow (workflow_id, workflow_name, "
                            + "workflow_version, status, correlation_id, create_time, update_time, end_time, state, "
                            + "definition) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb) "
                            + "ON CONFLICT (workflow_id) DO UPDATE SET status = EXCLUDED.status, "
                            + "update_time = EXCLUDED.update_time, end_time = EXCLUDED.end_time, state = EXCLUDED.state, "
                            + "workflow_version = EXCLUDED.workflow_version, "
                            + "definition = coalesce(EXCLUDED.definition, decider.workflow.definition)")
                    .execute(Tuple.from(Arrays.asList(workflow.getWorkflowId(), workflow.getWorkflowName(),
                            workflow.getWorkflowVersion(), workflow.getStatus().name(), workflow.getCorrelationId(),
                            workflow.getCreateTime(), workflow.getUpdateTime(), workflow.getEndTime(),
                            StoredWorkflow.state(workflow),
                            rows.definitionReplaced() ? StoredWorkflow.definition(workflow) : null))).replaceWithVoid());
        }
        if (!changedTasks.isEmpty()) {
            List<Tuple> taskRows = changedTasks.stream()
                    .map(task -> Tuple.of(task.getTaskId(), task.getWorkflowInstanceId(), task.getSeq(),
                            task.getReferenceTaskName(), task.getStatus().name(), Json.write(task)))
                    .toList();
            statements.add(connection.preparedQuery("INSERT INTO decider.task (task_id, workflow_id, "
                            + "seq, reference_task_name, status, state) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb) "
                            + "ON CONFLICT (task_id) DO UPDATE SET status = EXCLUDED.status, state = EXCLUDED.state")
                    .executeBatch(taskRows).replaceWithVoid());
        }
        if (!removedTaskIds.isEmpty()) {
            statements.add(connection.preparedQuery("DELETE FROM decider.task WHERE task_id = ANY($1)")
                    .execute(Tuple.of(removedTaskIds.toArray(String[]::new))).replaceWithVoid());
        }
        if (statements.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(statements).andFailFast().replaceWithVoid();
    }
}
