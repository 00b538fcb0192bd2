package io.baton.decider.definition;

import io.baton.model.json.Json;
import io.baton.model.task.TaskDef;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Task definitions registered in workflow-api's {@code metadata} schema, read only, by name. */
@ApplicationScoped
public class RegisteredTaskDefs {

    /** The definitions registered under these names; a name with none is absent. */
    public Uni<Map<String, TaskDef>> named(SqlConnection connection, Set<String> names) {
        if (names.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return connection.preparedQuery("SELECT definition::text FROM metadata.task_def WHERE name = ANY($1)")
                .execute(Tuple.tuple().addArrayOfString(names.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, TaskDef> byName = new LinkedHashMap<>();
                    for (Row row : rows) {
                        TaskDef taskDef = Json.read(row.getString(0), TaskDef.class);
                        byName.put(taskDef.getName(), taskDef);
                    }
                    return byName;
                });
    }
}
