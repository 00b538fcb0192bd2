package io.baton.e2e;

import static io.baton.e2e.RestWorker.pollUntilAvailable;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile and broken requests from {@code bad-input.json}, one row a case, sent through the front door of a real
 * cluster: each must get its status with a JSON error naming the problem, and the state the row names must read back
 * the same afterwards. Placeholders in paths and bodies ({@code {completed}}, {@code {new}}, ...) are fixtures made
 * here once. A row may instead expect a start to be accepted and the workflow to end as it says (scripts that try the
 * host, oversize task output): limits met at run time fail the task, as in Conductor.
 */
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Map<String, String> FIXTURES = new LinkedHashMap<>();
    /** What each fixture workflow and definition reads as before the table runs; read again after it. */
    private static final Map<String, String> BEFORE = new LinkedHashMap<>();

    @BeforeAll
    static void makeFixtures() {
        SharedCluster.useFrontDoor();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String type = "bi_task_" + suffix;
        String flow = "bi_flow_" + suffix;
        FIXTURES.put("type", type);
        FIXTURES.put("wf", flow);
        FIXTURES.put("missing", "missing_" + suffix);
        given().contentType(ContentType.JSON).body("[{\"name\": \"%s\", \"retryCount\": 0}]".formatted(type))
                .post("/metadata/taskdefs").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [{"name": "%s", "taskReferenceName": "only_ref"},
                           {"name": "%s", "taskReferenceName": "later_ref"}]}
                """.formatted(flow, type, type)).post("/metadata/workflow").then().statusCode(200);

        String completed = start(flow);
        String completedTask = pollUntilAvailable(type).path("taskId");
        RestWorker.complete(completed, completedTask, Map.of("done", true));
        RestWorker.complete(completed, pollUntilAvailable(type).path("taskId"), Map.of());
        awaitStatus(completed, "COMPLETED");
        String failed = start(flow);
        String failedTask = pollUntilAvailable(type).path("taskId");
        given().contentType(ContentType.JSON).body(Map.of("workflowInstanceId", failed, "taskId", failedTask,
                "status", "FAILED", "reasonForIncompletion", "broken")).post("/tasks").then().statusCode(200);
        awaitStatus(failed, "FAILED");
        String terminated = start(flow);
        awaitStatus(terminated, "RUNNING");
        given().delete("/workflow/" + terminated).then().statusCode(200);
        awaitStatus(terminated, "TERMINATED");
        String running = start(flow);
        awaitStatus(running, "RUNNING");
        FIXTURES.put("completed", completed);
        FIXTURES.put("completedTask", completedTask);
        FIXTURES.put("failed", failed);
        FIXTURES.put("failedTask", failedTask);
        FIXTURES.put("terminated", terminated);
        FIXTURES.put("running", running);
        FIXTURES.put("runningTask", given().get("/workflow/" + running).path("tasks[0].taskId"));
        for (String id : List.of(completed, failed, terminated, running)) {
            BEFORE.put("/workflow/" + id, read("/workflow/" + id));
        }
        BEFORE.put("/metadata/workflow/" + flow, read("/metadata/workflow/" + flow));
        BEFORE.put("/metadata/taskdefs/" + type, read("/metadata/taskdefs/" + type));
    }

    @TestFactory
    Stream<DynamicTest> everyRowIsRefusedClearlyAndChangesNothing() throws IOException {
        List<JsonNode> rows = rows();
        assertTrue(rows.stream().filter(row -> row.path("status").asInt() >= 400).count() >= 100,
                "the table holds at least 100 refusals");
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.path("case").asText(), () -> check(row)));
    }

    /** Whatever a row's request slipped through to the decider would show by now in the fixtures. */
    @AfterAll
    static void fixturesReadTheSame() {
        BEFORE.forEach((path, body) -> assertEquals(body, read(path), path + " changed"));
    }

    private static void check(JsonNode row) {
        Map<String, String> values = new LinkedHashMap<>(FIXTURES);
        values.put("new", "bi_new_" + UUID.randomUUID().toString().substring(0, 8));
        List<String> watched = new ArrayList<>();
        row.path("unchanged").forEach(path -> watched.add(fill(path.asText(), values)));
        Map<String, String> before = new LinkedHashMap<>();
        watched.forEach(path -> before.put(path, read(path)));

        Response response = request(row, values)
                .request(row.path("method").asText(), fill(row.path("path").asText(), values));

        int status = row.path("status").asInt();
        String body = response.asString();
        assertEquals(status, response.statusCode(), body);
        if (status >= 400) {
            assertTrue(response.contentType().startsWith("application/json"), "JSON error, not " + response.contentType());
            assertEquals(status, response.<Integer>path("status"), body);
            String names = fill(row.path("names").asText(), values);
            String said = response.path("message") + " " + response.path("validationErrors");
            assertTrue(said.contains(names), "the error names '" + names + "': " + body);
        }
        watched.forEach(path -> assertEquals(before.get(path), read(path), path + " changed"));
        if (row.has("ends")) {
            JsonNode ends = row.path("ends");
            String workflowId = body;
            awaitStatus(workflowId, ends.path("status").asText());
            String reason = given().get("/workflow/" + workflowId).path("reasonForIncompletion");
            assertTrue(String.valueOf(reason).contains(ends.path("reason").asText()), reason);
        }
    }

    private static RequestSpecification request(JsonNode row, Map<String, String> values) {
        RequestSpecification request = given().contentType(row.path("contentType").asText("application/json"));
        if (row.has("raw")) {
            return request.body(fill(row.path("raw").asText(), values));
        }
        if (row.has("body")) {
            return request.body(fill(row.path("body").toString(), values));
        }
        if (row.has("generate")) {
            return request.body(generate(row.path("generate"), values));
        }
        return request;
    }

    /** Bodies too large to write in the table: {@code {"repeat": n, "prefix", "unit", "suffix"}}. */
    private static String generate(JsonNode spec, Map<String, String> values) {
        int times = spec.path("repeat").asInt();
        return fill(spec.path("prefix").asText(), values) + spec.path("unit").asText().repeat(times)
                + spec.path("middle").asText() + spec.path("closing").asText().repeat(times)
                + fill(spec.path("suffix").asText(), values);
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static List<JsonNode> rows() throws IOException {
        try (InputStream in = BadInputTest.class.getResourceAsStream("/bad-input.json")) {
            List<JsonNode> rows = new ArrayList<>();
            JSON.readTree(in).forEach(rows::add);
            return rows;
        }
    }

    private static String read(String path) {
        Response response = given().get(path);
        return response.statusCode() + " " + response.asString();
    }

    private static String start(String name) {
        return given().contentType(ContentType.JSON).body("{}").post("/workflow/" + name)
                .then().statusCode(200).extract().asString();
    }

    private static void awaitStatus(String workflowId, String status) {
        await().atMost(WAIT).until(() -> status.equals(given().get("/workflow/" + workflowId).path("status")));
    }
}
