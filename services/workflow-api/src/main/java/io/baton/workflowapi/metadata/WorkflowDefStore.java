package io.baton.workflowapi.metadata;

import io.baton.model.json.Json;
import io.baton.model.workflow.WorkflowDef;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Registered workflow definitions in PostgreSQL, one row per name and version. */
@ApplicationScoped
public class WorkflowDefStore {
    // JSON goes in as "$n::text::jsonb": given a Java String for a jsonb parameter, the reactive client would store a
    // JSON string value rather than parse the text as the document.
    private static final String SELECT = "SELECT definition::text, create_time, update_time FROM metadata.workflow_def ";
    /** Creates the version, or replaces its definition keeping its creation time. */
    private static final String UPSERT = "INSERT INTO metadata.workflow_def (name, version, definition, create_time, "
            + "update_time) VALUES ($1, $2, $3::text::jsonb, $4, NULL) ON CONFLICT (name, version) DO UPDATE SET "
            + "definition = EXCLUDED.definition, update_time = EXCLUDED.create_time";

    @Inject
    Pool pool;

    /** @return false when that name and version exist already */
    public Uni<Boolean> create(WorkflowDef def, long now) {
        return pool.preparedQuery("INSERT INTO metadata.workflow_def (name, version, definition, create_time) "
                        + "VALUES ($1, $2, $3::text::jsonb, $4) ON CONFLICT (name, version) DO NOTHING")
                .execute(row(def, now))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Creates or replaces each definition, all or none. */
    public Uni<Void> createOrReplace(List<WorkflowDef> defs, long now) {
        List<Tuple> rows = defs.stream().map(def -> row(def, now)).toList();
        return pool.withTransaction(connection -> connection.preparedQuery(UPSERT).executeBatch(rows)).replaceWithVoid();
    }

    /** The definition, or null when there is no such version; the latest version when {@code version} is null. */
    public Uni<WorkflowDef> get(String name, Integer version) {
        Uni<RowSet<Row>> rows = version == null
                ? pool.preparedQuery(SELECT + "WHERE name = $1 ORDER BY version DESC LIMIT 1").execute(Tuple.of(name))
                : pool.preparedQuery(SELECT + "WHERE name = $1 AND version = $2").execute(Tuple.of(name, version));
        return rows.map(found -> found.size() == 0 ? null : workflowDef(found.iterator().next()));
    }

    public Uni<List<WorkflowDef>> all() {
        return pool.query(SELECT + "ORDER BY name, version").execute().map(WorkflowDefStore::workflowDefs);
    }

    /** The highest version of each definition, ordered by name. */
    public Uni<List<WorkflowDef>> latestVersions() {
        return pool.query("SELECT DISTINCT ON (name) definition::text, create_time, update_time "
                + "FROM metadata.workflow_def ORDER BY name, version DESC").execute().map(WorkflowDefStore::workflowDefs);
    }

    /** Every version of every definition, without the bodies, ordered by name and version. */
    public Uni<List<WorkflowDefSummary>> summaries() {
        return pool.query("SELECT name, version, create_time, update_time FROM metadata.workflow_def "
                + "ORDER BY name, version").execute().map(rows -> {
                    List<WorkflowDefSummary> summaries = new ArrayList<>(rows.size());
                    rows.forEach(row -> summaries.add(new WorkflowDefSummary(row.getString(0), row.getInteger(1),
                            row.getLong(2), row.getLong(3))));
                    return summaries;
                });
    }

    /** @return false when there is no such version */
    public Uni<Boolean> delete(String name, int version) {
        return pool.preparedQuery("DELETE FROM metadata.workflow_def WHERE name = $1 AND version = $2")
                .execute(Tuple.of(name, version))
                .map(rows -> rows.rowCount() == 1);
    }

    private static Tuple row(WorkflowDef def, long now) {
        return Tuple.of(def.getName(), def.getVersion(), Json.write(def), now);
    }

    private static List<WorkflowDef> workflowDefs(RowSet<Row> rows) {
        List<WorkflowDef> defs = new ArrayList<>(rows.size());
        rows.forEach(row -> defs.add(workflowDef(row)));
        return defs;
    }

    private static WorkflowDef workflowDef(Row row) {
        WorkflowDef def = Json.read(row.getString(0), WorkflowDef.class);
        def.setCreateTime(row.getLong(1));
        def.setUpdateTime(row.getLong(2));
        return def;
    }
}
