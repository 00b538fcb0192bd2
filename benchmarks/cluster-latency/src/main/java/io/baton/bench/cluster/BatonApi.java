package io.baton.bench.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Conductor's REST API over plain java.net.http, as any client in any language would call it: Baton's, or the reference
 * Conductor server's (the side-by-side benchmark drives both with it).
 */
public final class BatonApi {
    static final String WORKER_ID = "bench-worker";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** @param base the API's root, e.g. {@code http://localhost:8080/api} */
    public BatonApi(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public JsonNode get(String path) {
        return parse(send(HttpRequest.newBuilder(URI.create(base + path)).GET().build()));
    }

    /** A long poll for one task; the response carries the moment it arrived, taken as soon as its body was read. */
    CompletableFuture<PollResponse> poll(String taskType, int timeoutMs) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/tasks/poll/batch/" + taskType
                + "?workerid=" + WORKER_ID + "&count=1&timeout=" + timeoutMs)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            long receivedNanos = System.nanoTime();
            long receivedEpochMillis = System.currentTimeMillis();
            JsonNode tasks = parse(checked(request, response));
            return new PollResponse(tasks.isEmpty() ? null : tasks.get(0), receivedNanos, receivedEpochMillis);
        });
    }

    void complete(JsonNode task) {
        post("/tasks", """
                {"workflowInstanceId": "%s", "taskId": "%s", "status": "COMPLETED", "workerId": "%s", "outputData": {}}
                """.formatted(task.path("workflowInstanceId").asText(), task.path("taskId").asText(), WORKER_ID));
    }

    /** The answer to a long poll: the task, or null when the wait ended with none. */
    record PollResponse(JsonNode task, long receivedNanos, long receivedEpochMillis) {
    }

    public void delete(String path) {
        send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().build());
    }

    private String send(HttpRequest request) {
        try {
            return checked(request, http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String checked(HttpRequest request, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
