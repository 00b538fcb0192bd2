package io.baton.eventhandlers.event;

import io.baton.eventhandlers.event.EventExecution.Status;
import io.baton.model.json.Json;
import io.baton.service.retention.ScheduledPrune;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Event executions in PostgreSQL; a redelivered message overwrites what its earlier delivery recorded. */
@ApplicationScoped
public class EventExecutionStore {
    private static final int DELETE_BATCH = 10_000;

    @Inject
    Pool pool;

    public Uni<Void> record(EventExecution execution) {
        return pool.preparedQuery("INSERT INTO events.event_execution "
                        + "(handler_name, id, message_id, event, action, status, output, reason, created) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9) "
                        + "ON CONFLICT (handler_name, id) DO UPDATE SET status = EXCLUDED.status, "
                        + "output = EXCLUDED.output, reason = EXCLUDED.reason, created = EXCLUDED.created")
                .execute(Tuple.from(Arrays.asList(execution.handlerName(), execution.id(), execution.messageId(),
                        execution.event(), execution.action(), execution.status().name(),
                        execution.output() == null ? null : Json.write(execution.output()), execution.reason(),
                        execution.created())))
                .replaceWithVoid();
    }

    /**
     * Deletes the executions recorded before {@code cutoff} (epoch ms), a bounded batch at a time.
     *
     * @return how many were deleted
     */
    public Uni<Integer> deleteCreatedBefore(long cutoff) {
        return ScheduledPrune.inBatches(DELETE_BATCH, () -> pool.preparedQuery("DELETE FROM events.event_execution "
                        + "WHERE ctid = ANY(ARRAY(SELECT ctid FROM events.event_execution WHERE created < $1 LIMIT $2))")
                .execute(Tuple.of(cutoff, DELETE_BATCH))
                .map(rows -> rows.rowCount()));
    }

    /** What to list: each criterion that is not null must match. */
    public record Criteria(String event, String handlerName, Status status, String messageId, int limit) {
    }

    /** The executions that match, newest first. */
    @SuppressWarnings("unchecked")
    public Uni<List<EventExecution>> find(Criteria criteria) {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT id, message_id, handler_name, event, action, status, output::text, "
                + "reason, created FROM events.event_execution WHERE true");
        where(sql, values, "event", criteria.event());
        where(sql, values, "handler_name", criteria.handlerName());
        where(sql, values, "status", criteria.status() == null ? null : criteria.status().name());
        where(sql, values, "message_id", criteria.messageId());
        values.add(criteria.limit());
        sql.append(" ORDER BY created DESC, id DESC LIMIT $").append(values.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(values)).map(rows -> {
            List<EventExecution> found = new ArrayList<>();
            for (Row row : rows) {
                String output = row.getString(6);
                found.add(new EventExecution(row.getString(0), row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), Status.valueOf(row.getString(5)),
                        output == null ? null : Json.read(output, Map.class), row.getString(7), row.getLong(8)));
            }
            return found;
        });
    }

    private static void where(StringBuilder sql, List<Object> values, String column, String value) {
        if (value != null) {
            values.add(value);
            sql.append(" AND ").append(column).append(" = $").append(values.size());
        }
    }
}
