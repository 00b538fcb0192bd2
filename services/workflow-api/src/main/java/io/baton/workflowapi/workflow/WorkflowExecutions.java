package io.baton.workflowapi.workflow;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.model.workflow.StoredWorkflow;
import io.baton.model.workflow.Workflow;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only view of the workflows the decider keeps in its schema ({@code decider.workflow} holds each workflow without
 * its tasks, {@code decider.task} one row per task). The decider is the only writer; nothing here writes.
 */
@ApplicationScoped
public class WorkflowExecutions {
    /** Conductor's "pending" workflows: the ones not in a terminal status. */
    private static final String NOT_TERMINAL = "status IN ('RUNNING', 'PAUSED')";

    @Inject
    Pool pool;

    /** The workflow, or null when the decider has no workflow with that id. */
    public Uni<Workflow> find(String workflowId, boolean includeTasks) {
        return pool.preparedQuery("SELECT " + StoredWorkflow.COLUMNS + " FROM decider.workflow WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId))
                .flatMap(rows -> rows.size() == 0
                        ? Uni.createFrom().nullItem()
                        : withTasks(workflows(rows), includeTasks).map(List::getFirst));
    }

    /**
     * The workflow as Conductor's JSON, or null when the decider has no workflow with that id: the stored JSON of the
     * workflow and its tasks joined as they are, read in one statement (so from one snapshot), none of it parsed. This is
     * the read clients repeat while they wait for a workflow to end.
     */
    public Uni<String> findJson(String workflowId, boolean includeTasks) {
        String tasks = includeTasks
                ? "(SELECT string_agg(t.state::text, ',' ORDER BY t.seq) FROM decider.task t WHERE t.workflow_id = $1)"
                : "NULL";
        return pool.preparedQuery("SELECT " + StoredWorkflow.COLUMNS + ", " + tasks + " FROM decider.workflow WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    String tasksJson = row.getString(2);
                    return StoredWorkflow.withField(StoredWorkflow.json(row.getString(0), row.getString(1)), "tasks",
                            "[" + (tasksJson == null ? "" : tasksJson) + "]");
                });
    }

    /** The workflows with these ids; ids with no workflow are left out. */
    public Uni<List<Workflow>> findAll(List<String> workflowIds, boolean includeTasks) {
        return pool.preparedQuery("SELECT " + StoredWorkflow.COLUMNS + " FROM decider.workflow WHERE workflow_id = ANY($1)")
                .execute(Tuple.tuple().addArrayOfString(workflowIds.toArray(String[]::new)))
                .flatMap(rows -> withTasks(workflows(rows), includeTasks));
    }

    public Uni<List<Workflow>> correlated(String workflowName, String correlationId, boolean includeClosed,
                                          boolean includeTasks) {
        return correlated(workflowName, List.of(correlationId), includeClosed, includeTasks)
                .map(byCorrelationId -> byCorrelationId.get(correlationId));
    }

    /** The workflows of that name with each correlation id, oldest first; an empty list for an id that has none. */
    public Uni<Map<String, List<Workflow>>> correlated(String workflowName, List<String> correlationIds,
                                                      boolean includeClosed, boolean includeTasks) {
        return pool.preparedQuery("SELECT " + StoredWorkflow.COLUMNS + " FROM decider.workflow WHERE workflow_name = $1 "
                        + "AND correlation_id = ANY($2)" + (includeClosed ? "" : " AND " + NOT_TERMINAL)
                        + " ORDER BY create_time")
                .execute(Tuple.tuple().addString(workflowName).addArrayOfString(correlationIds.toArray(String[]::new)))
                .flatMap(rows -> withTasks(workflows(rows), includeTasks))
                .map(found -> {
                    Map<String, List<Workflow>> byCorrelationId = new LinkedHashMap<>();
                    correlationIds.forEach(id -> byCorrelationId.put(id, new ArrayList<>()));
                    found.forEach(workflow -> byCorrelationId.get(workflow.getCorrelationId()).add(workflow));
                    return byCorrelationId;
                });
    }

    /** Ids of the workflows of that name and version still running (or paused). */
    public Uni<List<String>> runningIds(String workflowName, int version) {
        return pool.preparedQuery("SELECT workflow_id FROM decider.workflow WHERE workflow_name = $1 "
                        + "AND workflow_version = $2 AND " + NOT_TERMINAL + " ORDER BY create_time")
                .execute(Tuple.of(workflowName, version))
                .map(rows -> {
                    List<String> ids = new ArrayList<>(rows.size());
                    rows.forEach(row -> ids.add(row.getString(0)));
                    return ids;
                });
    }

    private Uni<List<Workflow>> withTasks(List<Workflow> workflows, boolean includeTasks) {
        if (!includeTasks || workflows.isEmpty()) {
            return Uni.createFrom().item(workflows);
        }
        Map<String, Workflow> byId = new LinkedHashMap<>();
        workflows.forEach(workflow -> byId.put(workflow.getWorkflowId(), workflow));
        return pool.preparedQuery("SELECT workflow_id, state::text FROM decider.task WHERE workflow_id = ANY($1) "
                        + "ORDER BY workflow_id, seq")
                .execute(Tuple.tuple().addArrayOfString(byId.keySet().toArray(String[]::new)))
                .map(rows -> {
                    rows.forEach(row -> byId.get(row.getString(0)).getTasks().add(Json.read(row.getString(1), Task.class)));
                    return workflows;
                });
    }

    private static List<Workflow> workflows(RowSet<Row> rows) {
        List<Workflow> workflows = new ArrayList<>(rows.size());
        rows.forEach(row -> workflows.add(StoredWorkflow.read(row.getString(0), row.getString(1))));
        return workflows;
    }
}
