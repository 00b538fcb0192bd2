package io.baton.taskqueue;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;

/** The decider's task table, as its migration makes it, made only when absent: no decider runs in these tests. */
final class DeciderTaskTable {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private DeciderTaskTable() {
    }

    static void ensure(Pool pool) {
        pool.query("CREATE SCHEMA IF NOT EXISTS decider").execute().await().atMost(WAIT);
        pool.query("CREATE TABLE IF NOT EXISTS decider.task (task_id text PRIMARY KEY, workflow_id text NOT NULL, "
                + "seq int NOT NULL, reference_task_name text NOT NULL, status text NOT NULL, state jsonb NOT NULL)")
                .execute().await().atMost(WAIT);
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
}
