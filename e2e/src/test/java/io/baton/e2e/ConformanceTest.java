package io.baton.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.conformance.ConformanceCase;
import io.baton.conformance.ConformanceCases;
import io.baton.conformance.Expectation;
import io.baton.conformance.ExpectationCheck;
import io.baton.conformance.ScriptedWorkers;
import io.baton.conformance.StartedWorkflows;
import io.baton.conformance.WorkerAttempt;
import io.baton.model.json.Json;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
            List<String> mismatches = settledMismatches(expected, workflowId);
            assertTrue(mismatches.isEmpty(), () -> ExpectationCheck.report(conformanceCase, mismatches));
        } finally {
            terminateIfRunning(workflowId);
        }
    }

    /** The differences once the run has settled: workflows it starts may still be on their way, so wait a little. */
    private static List<String> settledMismatches(Expectation expected, String workflowId) {
        try {
            return await().atMost(MOVE_TIMEOUT).pollInterval(POLL_INTERVAL).until(
                    () -> ExpectationCheck.mismatches(expected, workflow(workflowId), ConformanceTest::workflowIfAny),
                    List::isEmpty);
        } catch (ConditionTimeoutException e) {
            return ExpectationCheck.mismatches(expected, workflow(workflowId), ConformanceTest::workflowIfAny);
        }
    }

    private static void register(ConformanceCase conformanceCase) {
        if (!conformanceCase.taskDefs().isEmpty()) {
            given().contentType(ContentType.JSON).body(Json.write(conformanceCase.taskDefs().stream()
                            .map(ConformanceTest::owned).toList()))
                    .post("/metadata/taskdefs").then().statusCode(200);
        }
        List<ObjectNode> workflowDefs = new ArrayList<>(conformanceCase.workflowDefs());
        workflowDefs.add(conformanceCase.workflow());
        given().contentType(ContentType.JSON).body(Json.write(workflowDefs.stream().map(ConformanceTest::owned).toList()))
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
            JsonNode task = pollFor(next.get());
            WorkerAttempt attempt = workers.play(task.path("taskId").asText(), task.path("referenceTaskName").asText());
            given().contentType(ContentType.JSON)
                    .body(Json.write(attempt.taskResult(task.path("workflowInstanceId").asText(),
                            task.path("taskId").asText(), WORKER_ID)))
                    .post("/tasks").then().statusCode(200);
        }
    }

    /** The next task for a worker, or empty once the workflow has ended or nothing comes within the timeout. */
    private static Optional<JsonNode> nextMove(ScriptedWorkers workers, String workflowId) {
        try {
            return await().atMost(MOVE_TIMEOUT).pollInterval(POLL_INTERVAL).until(() -> {
                List<JsonNode> workflows = runWorkflows(workflowId);
                Optional<JsonNode> task = workers.nextTask(workflows);
                return task.isPresent() || workflows.stream().allMatch(ConformanceTest::isTerminal) ? task : null;
            }, move -> move != null);
        } catch (ConditionTimeoutException e) {
            return Optional.empty();
        }
    }

    /**
     * Polls the task's queue as its worker until it hands out a task of this workflow (a retry may be delayed). It
     * may be another task of the same type than the one asked for; the worker answers the one it got.
     */
    private static JsonNode pollFor(JsonNode wanted) {
        String workflowId = wanted.path("workflowInstanceId").asText();
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

    /**
     * The case's workflow and every workflow it started, and they started, in that order. One recorded but not found
     * yet (a start on its way) stands in as an unknown, unended workflow.
     */
    private static List<JsonNode> runWorkflows(String workflowId) {
        List<JsonNode> workflows = new ArrayList<>();
        Deque<String> ids = new ArrayDeque<>(List.of(workflowId));
        while (!ids.isEmpty()) {
            JsonNode workflow = workflowIfAny(ids.removeFirst())
                    .orElseGet(() -> JsonNodeFactory.instance.objectNode().put("status", "RUNNING"));
            workflows.add(workflow);
            ids.addAll(StartedWorkflows.of(workflow));
        }
        return workflows;
    }

    private static Optional<JsonNode> workflowIfAny(String workflowId) {
        Response response = given().get("/workflow/" + workflowId);
        return response.statusCode() == 200
                ? Optional.of(Json.read(response.asString(), JsonNode.class)) : Optional.empty();
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
