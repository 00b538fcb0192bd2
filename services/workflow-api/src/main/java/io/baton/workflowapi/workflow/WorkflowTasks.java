package io.baton.workflowapi.workflow;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.workflowapi.search.SearchResult;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Pages through a workflow's tasks in the decider's task table (read-only), in the order they were scheduled. */
@ApplicationScoped
public class WorkflowTasks {
    @Inject
    Pool pool;

    /**
     * The tasks from {@code start}, at most {@code count}, with the number of all tasks that have one of the statuses
     * (any status when none is given); null when the decider has no workflow with that id.
     */
    public Uni<SearchResult<Task>> page(String workflowId, List<String> statuses, int start, int count) {
        String[] wanted = statuses.stream().map(status -> status.toUpperCase(Locale.ROOT)).toArray(String[]::new);
        String statusFilter = wanted.length == 0 ? "" : " AND t.status = ANY($2)";
        List<Object> filter = wanted.length == 0 ? List.of(workflowId) : List.of(workflowId, wanted);
        // One row when the workflow exists (counting its matching tasks), none when it does not.
        return pool.preparedQuery("SELECT count(t.task_id) FROM decider.workflow w LEFT JOIN decider.task t "
                        + "ON t.workflow_id = w.workflow_id" + statusFilter + " WHERE w.workflow_id = $1 GROUP BY w.workflow_id")
                .execute(Tuple.from(filter))
                .flatMap(counted -> {
                    if (counted.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    long total = counted.iterator().next().getLong(0);
                    int next = filter.size() + 1;
                    return pool.preparedQuery("SELECT t.state::text FROM decider.task t WHERE t.workflow_id = $1"
                                    + statusFilter + " ORDER BY t.seq LIMIT $" + next + " OFFSET $" + (next + 1))
                            .execute(Tuple.from(filter).addInteger(count).addInteger(start))
                            .map(rows -> {
                                List<Task> tasks = new ArrayList<>(rows.size());
                                for (Row row : rows) {
                                    tasks.add(Json.read(row.getString(0), Task.class));
                                }
                                return new SearchResult<>(total, tasks);
                            });
                });
    }
}
