package io.baton.workflowapi.metadata;

import io.baton.model.json.Json;
import io.baton.model.task.TaskDef;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Registered task definitions in PostgreSQL, by name; the times are kept in columns and put back on read. */
@ApplicationScoped
public class TaskDefStore {
    // JSON goes in as "$n::text::jsonb": given a Java String for a jsonb parameter, the reactive client would store a
    // JSON string value rather than parse the text as the document.
    private static final String SELECT = "SELECT definition::text, create_time, update_time FROM metadata.task_def ";

    @Inject
    Pool pool;

    /** Creates or replaces each definition, all or none; as in Conductor, a registration starts a new creation time. */
    public Uni<Void> register(List<TaskDef> taskDefs, long now) {
        List<Tuple> rows = taskDefs.stream().map(def -> Tuple.of(def.getName(), Json.write(def), now)).toList();
        return pool.withTransaction(connection -> connection.preparedQuery("INSERT INTO metadata.task_def "
                                + "(name, definition, create_time, update_time) VALUES ($1, $2::text::jsonb, $3, NULL) "
                                + "ON CONFLICT (name) DO UPDATE SET definition = EXCLUDED.definition, "
                                + "create_time = EXCLUDED.create_time, update_time = NULL")
                        .executeBatch(rows))
                .replaceWithVoid();
    }

    /** @return false when no definition has that name */
    public Uni<Boolean> update(TaskDef taskDef, long now) {
        return pool.preparedQuery("UPDATE metadata.task_def SET definition = $2::text::jsonb, update_time = $3 WHERE name = $1")
                .execute(Tuple.of(taskDef.getName(), Json.write(taskDef), now))
                .map(rows -> rows.rowCount() == 1);
    }

    /** @return false when no definition has that name */
    public Uni<Boolean> delete(String name) {
        return pool.preparedQuery("DELETE FROM metadata.task_def WHERE name = $1")
                .execute(Tuple.of(name))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<List<TaskDef>> all() {
        return pool.query(SELECT + "ORDER BY name").execute().map(TaskDefStore::taskDefs);
    }

    /** The definition, or null when none has that name. */
    public Uni<TaskDef> get(String name) {
        return pool.preparedQuery(SELECT + "WHERE name = $1").execute(Tuple.of(name))
                .map(rows -> rows.size() == 0 ? null : taskDef(rows.iterator().next()));
    }

    /** The registered definitions among {@code names}, by name. */
    public Uni<Map<String, TaskDef>> named(Collection<String> names) {
        if (names.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(SELECT + "WHERE name = ANY($1)")
                .execute(Tuple.tuple().addArrayOfString(names.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, TaskDef> byName = new LinkedHashMap<>();
                    taskDefs(rows).forEach(def -> byName.put(def.getName(), def));
                    return byName;
                });
    }

    private static List<TaskDef> taskDefs(RowSet<Row> rows) {
        List<TaskDef> defs = new ArrayList<>(rows.size());
        rows.forEach(row -> defs.add(taskDef(row)));
        return defs;
    }

    private static TaskDef taskDef(Row row) {
        TaskDef def = Json.read(row.getString(0), TaskDef.class);
        def.setCreateTime(row.getLong(1));
        def.setUpdateTime(row.getLong(2));
        return def;
    }
}
