package io.baton.service.rest;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.Optional;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure because PostgreSQL or Kafka cannot be reached right now (down, restarting, a connection cut) from
 * any other: such a request did nothing durable and may simply be sent again once they are back.
 */
final class BackendUnavailable {
    private BackendUnavailable() {
    }

    /** What is out of reach, named for the client, if that is why {@code failure} happened. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && isUnavailable(pg.getSqlState())
                    || cause instanceof ClosedConnectionException) {
                return Optional.of("PostgreSQL is unavailable (" + cause.getMessage() + ")");
            }
            if (cause instanceof RetriableException) {
                return Optional.of("Kafka is unavailable (" + cause.getMessage() + ")");
            }
            if (cause instanceof ConnectException) {
                return Optional.of("a backing service cannot be reached (" + cause.getMessage() + ")");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** SQL states of class 08 (connection exception) and 57P (the server is shutting down or starting up). */
    private static boolean isUnavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
