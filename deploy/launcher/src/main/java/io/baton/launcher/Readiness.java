package io.baton.launcher;

import io.baton.infra.EmbeddedKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** How the launcher tells that a process it started is ready to serve. */
@FunctionalInterface
interface Readiness {
    Duration POLL_INTERVAL = Duration.ofMillis(250);

    /** Returns once ready; throws if {@code process} ends first or {@code within} passes. */
    void await(ProcessHandle process, Duration within);

    /** A GET on {@code url} answers 200. */
    static Readiness http(URI url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build();
        return polling("GET " + url + " answers 200", () -> {
            try {
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** A describeCluster request to the broker succeeds. */
    static Readiness kafka(String bootstrapServers) {
        return (process, within) -> EmbeddedKafka.awaitReady(bootstrapServers, within, process);
    }

    /** A JDBC connection opens. */
    static Readiness postgres(String jdbcUrl, String user, String password) {
        DriverManager.setLoginTimeout(2);
        return polling("PostgreSQL at " + jdbcUrl + " accepts connections", () -> {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl, user, password)) {
                return true;
            } catch (SQLException e) {
                return false;
            }
        });
    }

    private static Readiness polling(String what, BooleanSupplier ready) {
        return (process, within) -> {
            long deadline = System.nanoTime() + within.toNanos();
            while (!ready.getAsBoolean()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the process exited before " + what);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("not ready within " + within + ": " + what);
                }
                try {
                    Thread.sleep(POLL_INTERVAL);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
