package io.baton.service.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.error.ApiError;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** A failure because PostgreSQL or Kafka is out of reach is a 503 the client may retry; any other stays a 500. */
class ApiErrorMappersTest {
    private final ApiErrorMappers mappers = new ApiErrorMappers();

    @Test
    void shouldAnswer503WithRetryAfterWhenPostgresOrKafkaCannotBeReached() {
        assertUnavailable(new CompletionException(new ConnectException("Connection refused: localhost/127.0.0.1:5432")),
                "a backing service cannot be reached (Connection refused: localhost/127.0.0.1:5432)");
        assertUnavailable(new PgException("the database system is starting up", "FATAL", "57P03", null),
                "PostgreSQL is unavailable");
        assertUnavailable(new IllegalStateException(ClosedConnectionException.INSTANCE), "PostgreSQL is unavailable");
        assertUnavailable(new TimeoutException("Topic baton.commands not present in metadata after 60000 ms."),
                "Kafka is unavailable");
    }

    @Test
    void shouldKeepOtherFailuresA500() {
        Response unique = mappers.unexpected(new PgException("duplicate key value", "ERROR", "23505", null));
        assertEquals(500, unique.getStatus());
        assertNull(unique.getHeaderString("Retry-After"));
        assertEquals(500, mappers.unexpected(new NullPointerException("bug")).getStatus());
    }

    private void assertUnavailable(Throwable failure, String named) {
        Response response = mappers.unexpected(failure);
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        ApiError body = (ApiError) response.getEntity();
        assertEquals(503, body.status());
        assertTrue(body.retryable());
        assertTrue(body.message().startsWith("Service unavailable, retry later: " + named), body.message());
    }
}
