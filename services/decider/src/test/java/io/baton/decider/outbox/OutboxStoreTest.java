package io.baton.decider.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A poll's outbox messages are written in one statement; each must come back with the id of its own row. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class OutboxStoreTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    Outbox outbox;

    @Inject
    Pool pool;

    @Test
    void shouldGiveEachMessageTheIdOfItsRow() {
        // given: messages that differ in every column, some without an event type or a trace context
        String key = UUID.randomUUID().toString();
        List<OutboxMessage> messages = IntStream.range(0, 40)
                .mapToObj(i -> new OutboxMessage(0, "topic-" + i % 3, key, i % 2 == 0 ? "event-" + i : null,
                        "{\"n\": " + i + "}").tracedBy(i % 5 == 0 ? null : "trace-" + i))
                .toList();

        try {
            // when
            List<OutboxMessage> stored = pool.withTransaction(connection -> outbox.store(connection, messages))
                    .await().atMost(WAIT);

            // then: in order, each with its row's id
            List<OutboxMessage> rows = new ArrayList<>();
            for (Row row : pool.preparedQuery("SELECT id, topic, message_key, event_type, payload, trace_context "
                    + "FROM decider.outbox WHERE message_key = $1 ORDER BY id").execute(Tuple.of(key)).await().atMost(WAIT)) {
                rows.add(new OutboxMessage(row.getLong(0), row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)));
            }
            assertEquals(rows, stored);
            assertEquals(messages.stream().map(OutboxMessage::payload).toList(),
                    stored.stream().map(OutboxMessage::payload).toList());
        } finally {
            pool.preparedQuery("DELETE FROM decider.outbox WHERE message_key = $1").execute(Tuple.of(key))
                    .await().atMost(WAIT);
        }
    }
}
