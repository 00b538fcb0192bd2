package io.baton.eventhandlers.event;

import io.baton.model.json.Json;
import io.baton.model.workflow.StartWorkflowRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A small HTTP server standing in for workflow-api's POST /api/workflow: it records each start request and answers a
 * workflow id derived from the idempotency key, as workflow-api does. A workflow name listed in {@link #FAIL_ONCE} is
 * answered 503 the first time, to exercise retries; one starting with {@link #UNKNOWN} is answered 404; one in
 * {@link #HELD} is answered when the test lets it.
 */
public class WorkflowApiPeer implements QuarkusTestResourceLifecycleManager {
    static final List<StartWorkflowRequest> STARTS = new CopyOnWriteArrayList<>();
    static final Set<String> FAIL_ONCE = ConcurrentHashMap.newKeySet();
    /** Workflow names with this prefix are not registered: answered 404 as workflow-api does. */
    static final String UNKNOWN = "unknown_";
    /** Starts of these workflow names are answered only once their future completes. */
    static final Map<String, CompletableFuture<Void>> HELD = new ConcurrentHashMap<>();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(request -> request.body().onSuccess(body -> {
                        StartWorkflowRequest start = Json.read(body.toString(), StartWorkflowRequest.class);
                        STARTS.add(start);
                        if (start.getName().startsWith(UNKNOWN)) {
                            request.response().setStatusCode(404).putHeader("content-type", "application/json")
                                    .end("{\"status\": 404, \"message\": \"No such workflow found by name: " + start.getName() + "\"}");
                            return;
                        }
                        if (FAIL_ONCE.remove(start.getName())) {
                            request.response().setStatusCode(503).end();
                            return;
                        }
                        String id = UUID.nameUUIDFromBytes((start.getName() + "\n" + start.getIdempotencyKey())
                                .getBytes(StandardCharsets.UTF_8)).toString();
                        HELD.getOrDefault(start.getName(), CompletableFuture.completedFuture(null)).thenRun(() ->
                                request.response().putHeader("content-type", "text/plain").end(id));
                    }))
                    .listen(0).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
            return Map.of("baton.workflow-api.url", "http://localhost:" + server.actualPort());
        } catch (Exception e) {
            throw new IllegalStateException("could not start the workflow-api peer", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
