package io.baton.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netflix.conductor.client.http.ConductorClient;
import com.netflix.conductor.client.http.MetadataClient;
import io.baton.launcher.Cluster;
import io.baton.launcher.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * With the Kafka broker down, a start is refused with 503 and Retry-After in seconds (a client waits at most
 * {@link #NO_HANG}, where the producer's defaults made it hang 60-120 s), nothing refused is started later, and once
 * the broker is back the API takes starts again with no operator step but restarting the broker.
 */
class KafkaOutageTest {
    /** Far below the producer's default 60 s metadata wait and 120 s delivery timeout that starts used to hang for. */
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldRefuseStartsQuicklyWhileKafkaIsDownAndTakeThemAgainWhenItIsBack() throws IOException {
        Path state = Files.createTempDirectory("baton-kafka-outage");
        try (Cluster cluster = Cluster.start(Path.of("..").toAbsolutePath().normalize(), state, Ports.random())) {
            FaultFlow.register(new MetadataClient(ConductorClient.builder()
                    .basePath(cluster.frontDoorUrl() + "/api").build()));
            assertEquals(200, start(cluster, "before").statusCode());

            new ProcessKiller(cluster, state, System.out::println).stop("kafka", ProcessKiller.Stop.KILL);
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> refused = start(cluster, "refused-" + i);
                assertEquals(503, refused.statusCode(), refused.body());
                assertTrue(refused.headers().firstValue("Retry-After").isPresent(), refused.headers().toString());
                assertTrue(refused.body().contains("Kafka is unavailable"), refused.body());
            }

            cluster.up(System.out::println);
            String resumed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> start(cluster, "after"), response -> response.statusCode() == 200).body();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(cluster, "/api/workflow/" + resumed).statusCode() == 200);
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> correlated = get(cluster,
                        "/api/workflow/" + FaultFlow.NAME + "/correlated/refused-" + i + "?includeClosed=true");
                assertEquals(200, correlated.statusCode(), correlated.body());
                assertEquals("[]", correlated.body().strip(), "a refused start was started after all");
            }
        } finally {
            FaultInjection.deleteRecursively(state);
        }
    }

    private HttpResponse<String> start(Cluster cluster, String correlationId) {
        String body = "{\"name\":\"" + FaultFlow.NAME + "\",\"version\":1,\"input\":{\"n\":1},"
                + "\"correlationId\":\"" + correlationId + "\"}";
        return send(HttpRequest.newBuilder(URI.create(cluster.frontDoorUrl() + "/api/workflow"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(Cluster cluster, String path) {
        return send(HttpRequest.newBuilder(URI.create(cluster.frontDoorUrl() + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(NO_HANG).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
