package io.baton.eventhandlers.handler;

import io.baton.model.event.EventHandler;
import io.baton.model.json.Json;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Registered event handlers in PostgreSQL, by name. */
@ApplicationScoped
public class EventHandlerStore {
    @Inject
    Pool pool;

    /** @return false when a handler with that name exists already */
    public Uni<Boolean> insert(EventHandler handler) {
        return pool.preparedQuery("INSERT INTO events.event_handler (name, event, active, definition) "
                        + "VALUES ($1, $2, $3, $4::text::jsonb) ON CONFLICT (name) DO NOTHING")
                .execute(row(handler))
                .map(rows -> rows.rowCount() == 1);
    }

    /** @return false when no handler has that name */
    public Uni<Boolean> update(EventHandler handler) {
        return pool.preparedQuery("UPDATE events.event_handler SET event = $2, active = $3, definition = $4::text::jsonb "
                        + "WHERE name = $1")
                .execute(row(handler))
                .map(rows -> rows.rowCount() == 1);
    }

    /** @return false when no handler has that name */
    public Uni<Boolean> delete(String name) {
        return pool.preparedQuery("DELETE FROM events.event_handler WHERE name = $1")
                .execute(Tuple.of(name))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<List<EventHandler>> all() {
        return pool.query("SELECT definition::text FROM events.event_handler ORDER BY name").execute()
                .map(EventHandlerStore::handlers);
    }

    public Uni<List<EventHandler>> forEvent(String event, boolean activeOnly) {
        return pool.preparedQuery("SELECT definition::text FROM events.event_handler "
                        + "WHERE event = $1 AND (active OR NOT $2) ORDER BY name")
                .execute(Tuple.of(event, activeOnly))
                .map(EventHandlerStore::handlers);
    }

    /** The distinct events of the active handlers, such as {@code kafka:orders}. */
    public Uni<Set<String>> activeEvents() {
        return pool.query("SELECT DISTINCT event FROM events.event_handler WHERE active").execute()
                .map(rows -> {
                    Set<String> events = new HashSet<>();
                    rows.forEach(row -> events.add(row.getString(0)));
                    return events;
                });
    }

    private static Tuple row(EventHandler handler) {
        return Tuple.of(handler.getName(), handler.getEvent(), handler.isActive(), Json.write(handler));
    }

    private static List<EventHandler> handlers(RowSet<Row> rows) {
        List<EventHandler> handlers = new ArrayList<>(rows.size());
        rows.forEach(row -> handlers.add(Json.read(row.getString(0), EventHandler.class)));
        return handlers;
    }
}
