package io.baton.eventhandlers.event;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Finds the task an event completes or fails, read-only in the decider's table (the decider owns it). */
@ApplicationScoped
public class DeciderTasks {
    @Inject
    Pool pool;

    public record TaskKey(String taskId, String workflowId) {
    }

    public Uni<Optional<TaskKey>> byId(String taskId) {
        return pool.preparedQuery("SELECT task_id, workflow_id FROM decider.task WHERE task_id = $1")
                .execute(Tuple.of(taskId)).map(DeciderTasks::first);
    }

    /** The latest task with that reference name in the workflow, as Conductor picks the latest loop iteration. */
    public Uni<Optional<TaskKey>> byReference(String workflowId, String referenceTaskName) {
        return pool.preparedQuery("SELECT task_id, workflow_id FROM decider.task "
                        + "WHERE workflow_id = $1 AND reference_task_name = $2 ORDER BY seq DESC LIMIT 1")
                .execute(Tuple.of(workflowId, referenceTaskName)).map(DeciderTasks::first);
    }

    private static Optional<TaskKey> first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        if (!iterator.hasNext()) {
            return Optional.empty();
        }
        Row row = iterator.next();
        return Optional.of(new TaskKey(row.getString(0), row.getString(1)));
    }
}
