package io.baton.eventhandlers.event;

import io.baton.model.json.Json;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;

/** Event executions in PostgreSQL; a redelivered message overwrites what its earlier delivery recorded. */
@ApplicationScoped
public class EventExecutionStore {
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
                        System.currentTimeMillis())))
                .replaceWithVoid();
    }
}
