package io.baton.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.conformance.ConformanceCase;
import io.baton.conformance.ConformanceCases;
import io.baton.conformance.Expectation;
import io.baton.conformance.ExpectationCheck;
import io.baton.conformance.ScriptedWorkers;
import io.baton.conformance.WorkerAttempt;
import io.baton.model.json.Json;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runner B: every conformance case through a running server over Conductor's REST API only: register the
 * definitions, start, play the workers with poll and update, then compare {@code GET /workflow/{id}}.
 *
 * <p>By default the server is this build's cluster. {@code -Dconformance.baseUrl=http://host:port/api} runs the cases
 * against any server instead; add {@code -Dconformance.expect=conductor} when that server is Conductor itself, so
 * cases where Baton differs on purpose are checked against Conductor's behaviour (or skipped when a case does not
 * state it).
 */
class ConformanceTest {
    private static final String WORKER_ID = "conformance-worker";
    private static final String OWNER = "conformance@example.com";
    /** How long the server may take to offer the next task or end the workflow (retry delays are a few seconds). */
    private static final Duration MOVE_TIMEOUT = Duration.ofSeconds(
            Long.getLong("conformance.moveTimeoutSeconds", 15));
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final boolean EXPECT_CONDUCTOR = "conductor".equals(System.getProperty("conformance.expect"));

    @BeforeAll
    static void useServer() {
        String baseUrl = System.getProperty("conformance.baseUrl");
        if (baseUrl == null) {
            SharedCluster.useFrontDoor();
        } else {
            RestAssured.baseURI = baseUrl;
            RestAssured.basePath = "";
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCase() {
        return ConformanceCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(ConformanceCase conformanceCase) {
        Expectation expected = EXPECT_CONDUCTOR ? conformanceCase.expectationOfConductor() : conformanceCase.expect();
        assumeTrue(expected != null, () -> "Baton differs from Conductor on purpose here: "
                + conformanceCase.differsFromConductor().reason());
        register(conformanceCase);
        String workflowId = start(conformanceCase);
        try {
            playWorkers(conformanceCase, workflowId);
            List<String> mismatches = ExpectationCheck.mismatches(expected, workflow(workflowId));
            assertTrue(mismatches.isEmpty(), () -> ExpectationCheck.report(conformanceCase, mismatches));
        } finally {
            terminateIfRunning(workflowId);
        }
    }

    private static void register(ConformanceCase conformanceCase) {
        if (!conformanceCase.taskDefs().isEmpty()) {
            given().contentType(ContentType.JSON).body(Json.write(conformanceCase.taskDefs().stream()
                            .map(ConformanceTest::owned).toList()))
                    .post("/metadata/taskdefs").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(Json.write(List.of(owned(conformanceCase.workflow()))))
                .put("/metadata/workflow").then().statusCode(200);
    }

    /** Conductor requires an owner on definitions; cases leave it out. */
    private static ObjectNode owned(ObjectNode definition) {
        ObjectNode copy = definition.deepCopy();
        if (!copy.has("ownerEmail")) {
            copy.put("ownerEmail", OWNER);
        }
        return copy;
    }

    private static String start(ConformanceCase conformanceCase) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", conformanceCase.workflowName());
        request.put("version", conformanceCase.workflowVersion());
        request.put("input", conformanceCase.input());
        request.put("taskToDomain", conformanceCase.taskToDomain());
        if (conformanceCase.correlationId() != null) {
            request.put("correlationId", conformanceCase.correlationId());
        }
        return given().contentType(ContentType.JSON).body(Json.write(request))
                .post("/workflow").then().statusCode(200).extract().asString();
    }

    /** Until the workflow ends or waits for no scripted worker: take the next task, answer it, repeat. */
    private static void playWorkers(ConformanceCase conformanceCase, String workflowId) {
        ScriptedWorkers workers = new ScriptedWorkers(conformanceCase);
        Optional<JsonNode> next;
        while ((next = nextMove(workers, workflowId)).isPresent()) {
            JsonNode task = pollFor(next.get(), workflowId);
            WorkerAttempt attempt = workers.play(task.path("taskId").asText(), task.path("referenceTaskName").asText());
            given().contentType(ContentType.JSON)
                    .body(Json.write(attempt.taskResult(workflowId, task.path("taskId").asText(), WORKER_ID)))
                    .post("/tasks").then().statusCode(200);
        }
    }

    /** The next task for a worker, or empty once the workflow has ended or nothing comes within the timeout. */
    private static Optional<JsonNode> nextMove(ScriptedWorkers workers, String workflowId) {
        try {
            return await().atMost(MOVE_TIMEOUT).pollInterval(POLL_INTERVAL).until(() -> {
                JsonNode workflow = workflow(workflowId);
                Optional<JsonNode> task = workers.nextTask(workflow);
                return task.isPresent() || isTerminal(workflow) ? task : null;
            }, move -> move != null);
        } catch (ConditionTimeoutException e) {
            return Optional.empty();
        }
    }

    /**
     * Polls the task's queue as its worker until it hands out a task of this workflow (a retry may be delayed). It
     * may be another task of the same type than the one asked for; the worker answers the one it got.
     */
    private static JsonNode pollFor(JsonNode wanted, String workflowId) {
        String taskType = wanted.path("taskType").asText();
        String domain = wanted.path("domain").asText(null);
        return await().atMost(MOVE_TIMEOUT).pollInterval(POLL_INTERVAL).until(() -> {
            var request = given().queryParam("workerid", WORKER_ID);
            if (domain != null) {
                request.queryParam("domain", domain);
            }
            Response response = request.get("/tasks/poll/" + taskType);
            if (response.statusCode() != 200 || response.asString().isBlank()) {
                return null;
            }
            JsonNode task = Json.mapper().readTree(response.asString());
            // A task left over from an earlier, unfinished run of the same type is not this workflow's.
            return workflowId.equals(task.path("workflowInstanceId").asText()) ? task : null;
        }, task -> task != null);
    }

    private static boolean isTerminal(JsonNode workflow) {
        return !List.of("RUNNING", "PAUSED").contains(workflow.path("status").asText());
    }

    private static JsonNode workflow(String workflowId) {
        Response response = given().get("/workflow/" + workflowId);
        assertEquals(200, response.statusCode(), () -> "GET /workflow/" + workflowId + ": " + response.asString());
        return Json.read(response.asString(), JsonNode.class);
    }

    private static void terminateIfRunning(String workflowId) {
        if (!isTerminal(workflow(workflowId))) {
            given().queryParam("reason", "conformance case over").delete("/workflow/" + workflowId);
        }
    }
}
