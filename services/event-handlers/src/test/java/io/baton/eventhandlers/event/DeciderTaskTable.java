package io.baton.eventhandlers.event;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.UUID;

/**
 * The decider's task table as its own migration creates it, made here only when absent and filled by hand: these
 * tests find tasks the way event-handlers does without running a decider.
 */
final class DeciderTaskTable {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final Pool pool;

    DeciderTaskTable(Pool pool) {
        this.pool = pool;
        pool.query("CREATE SCHEMA IF NOT EXISTS decider").execute().await().atMost(WAIT);
        pool.query("CREATE TABLE IF NOT EXISTS decider.task (task_id text PRIMARY KEY, workflow_id text NOT NULL, "
                + "seq int NOT NULL, reference_task_name text NOT NULL, status text NOT NULL, state jsonb NOT NULL)")
                .execute().await().atMost(WAIT);
    }

    /** @return the new task's id */
    String insert(String workflowId, int seq, String referenceName) {
        String taskId = UUID.randomUUID().toString();
        pool.preparedQuery("INSERT INTO decider.task (task_id, workflow_id, seq, reference_task_name, status, state) "
                        + "VALUES ($1, $2, $3, $4, 'SCHEDULED', '{}'::jsonb)")
                .execute(Tuple.of(taskId, workflowId, seq, referenceName)).await().atMost(WAIT);
        return taskId;
    }
}
