package io.baton.taskqueue.task;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tasks as the decider keeps them (decider.task), read-only: the decider is their only writer. */
@ApplicationScoped
public class DeciderTasks {
    @Inject
    Pool pool;

    public Uni<Optional<Task>> find(String taskId) {
        return pool.preparedQuery("SELECT state::text FROM decider.task WHERE task_id = $1")
                .execute(Tuple.of(taskId))
                .map(rows -> rows.size() == 0
                        ? Optional.empty()
                        : Optional.of(Json.read(rows.iterator().next().getString(0), Task.class)));
    }

    /** The workflow's tasks in the order they were scheduled; none for an unknown workflow. */
    public Uni<List<Task>> ofWorkflow(String workflowId) {
        return pool.preparedQuery("SELECT state::text FROM decider.task WHERE workflow_id = $1 ORDER BY seq")
                .execute(Tuple.of(workflowId))
                .map(rows -> {
                    List<Task> tasks = new ArrayList<>(rows.size());
                    rows.forEach(row -> tasks.add(Json.read(row.getString(0), Task.class)));
                    return tasks;
                });
    }
}
