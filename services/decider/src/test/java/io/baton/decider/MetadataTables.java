package io.baton.decider;

import io.baton.model.json.Json;
import io.baton.model.task.TaskDef;
import io.baton.model.workflow.WorkflowDef;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;

/**
 * workflow-api's definition tables, as its migration creates them, made here only when absent: these tests register
 * definitions by hand, where a cluster has workflow-api write them.
 */
final class MetadataTables {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Pool pool;

    MetadataTables(Pool pool) {
        this.pool = pool;
        for (String ddl : new String[] {
                "CREATE SCHEMA IF NOT EXISTS metadata",
                "CREATE TABLE IF NOT EXISTS metadata.task_def (name text PRIMARY KEY, definition jsonb NOT NULL, "
                        + "create_time bigint NOT NULL, update_time bigint)",
                "CREATE TABLE IF NOT EXISTS metadata.workflow_def (name text NOT NULL, version int NOT NULL, "
                        + "definition jsonb NOT NULL, create_time bigint NOT NULL, update_time bigint, "
                        + "PRIMARY KEY (name, version))"}) {
            pool.query(ddl).execute().await().atMost(WAIT);
        }
    }

    MetadataTables register(WorkflowDef def) {
        pool.preparedQuery("INSERT INTO metadata.workflow_def (name, version, definition, create_time) "
                        + "VALUES ($1, $2, $3::text::jsonb, 0)")
                .execute(Tuple.of(def.getName(), def.getVersion(), Json.write(def))).await().atMost(WAIT);
        return this;
    }

    MetadataTables register(TaskDef def) {
        pool.preparedQuery("INSERT INTO metadata.task_def (name, definition, create_time) VALUES ($1, $2::text::jsonb, 0)")
                .execute(Tuple.of(def.getName(), Json.write(def))).await().atMost(WAIT);
        return this;
    }
}
