package io.baton.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The front door against two small HTTP servers standing where workflow-api and task-queue run. */
class FrontDoorTest {
    private static Vertx vertx;
    private static int frontDoorPort;
    /** Prefers HTTP/2 and asks for an h2c upgrade, as some clients do. */
    private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    @BeforeAll
    static void startServersAndFrontDoor() throws Exception {
        vertx = Vertx.vertx();
        HttpServer workflowApi = echoServer("workflow-api");
        HttpServer taskQueue = echoServer("task-queue");
        HttpServer eventHandlers = echoServer("event-handlers");
        frontDoorPort = FrontDoor.start(vertx, 0,
                        SocketAddress.inetSocketAddress(workflowApi.actualPort(), "localhost"),
                        SocketAddress.inetSocketAddress(taskQueue.actualPort(), "localhost"),
                        SocketAddress.inetSocketAddress(eventHandlers.actualPort(), "localhost"))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @CsvSource({
            "GET, /api/tasks/poll/encode?workerid=w1, task-queue",
            "GET, /api/tasks/poll/batch/encode?count=2&timeout=100, task-queue",
            "POST, /api/tasks, task-queue",
            "GET, /api/tasks/abc-123, task-queue",
            "GET, /api/tasks/search?query=taskType%20%3D%20encode, workflow-api",
            "GET, /api/tasks/search-v2/, workflow-api",
            "GET, /api/tasks/search-v3, task-queue",
            "GET, /api/queue, task-queue",
            "POST, /api/queue/update/wf-1/approve/COMPLETED, task-queue",
            "GET, /api/admin/task/encode?start=0&count=10, task-queue",
            "GET, /api/admin/config, workflow-api",
            "GET, /api/queues, workflow-api",
            "POST, /api/workflow/encode_flow, workflow-api",
            "POST, /api/metadata/taskdefs, workflow-api",
            "GET, /api/taskstats, workflow-api",
            "POST, /api/event, event-handlers",
            "GET, /api/event/kafka:orders?activeOnly=false, event-handlers",
            "GET, /api/events, workflow-api",
            "GET, /health, workflow-api",
            "GET, /q/health/ready, workflow-api",
    })
    void routesByPath(String method, String pathAndQuery, String expectedOrigin) throws Exception {
        String body = method.equals("POST") ? "{\"x\":1}" : "";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + frontDoorPort + pathAndQuery))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        // An upgraded request without a body could not be relayed to the HTTP/1.1 origins: the door stays on 1.1.
        assertEquals(HttpClient.Version.HTTP_1_1, response.version());
        assertEquals(expectedOrigin + " " + method + " " + pathAndQuery + " " + body, response.body());
    }

    @Test
    void servesTheServicesOpenApiDocumentsAsOne() throws Exception {
        HttpResponse<String> response = get("/q/openapi");

        assertEquals(200, response.statusCode());
        JsonObject document = new JsonObject(response.body());
        assertEquals("Baton", document.getJsonObject("info").getString("title"));
        assertEquals(Set.of("/workflow-api", "/task-queue", "/event-handlers"), document.getJsonObject("paths").fieldNames());
    }

    @Test
    void servesTheWebUiAtTheRootAndItsAssets() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());

        HttpResponse<String> asset = get(script.group(1));
        assertEquals(200, asset.statusCode());
        assertEquals("text/javascript; charset=utf-8", asset.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> missing = get("/assets/nothing.js");
        assertEquals(404, missing.statusCode());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + frontDoorPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Answers with its own name, the method, the path with query and the body it received; its OpenAPI document
     * has one path, its name.
     */
    private static HttpServer echoServer(String name) throws Exception {
        return vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> request.response()
                        .end(request.uri().equals("/q/openapi?format=json")
                                ? "{\"openapi\":\"3.1.0\",\"paths\":{\"/" + name + "\":{}}}"
                                : name + " " + request.method() + " " + request.uri() + " " + body.toString())))
                .listen(0)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
