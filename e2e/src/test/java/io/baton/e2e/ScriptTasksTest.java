package io.baton.e2e;

import static io.baton.e2e.RestWorker.completePolled;
import static io.baton.e2e.RestWorker.pollUntilAvailable;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** INLINE, JSON_JQ_TRANSFORM and a javascript SWITCH evaluated by the decider of a real cluster. */
class ScriptTasksTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeAll
    static void useCluster() {
        SharedCluster.useFrontDoor();
    }

    @Test
    void shouldPriceListAndRouteAnOrderWithScripts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String review = "review_" + suffix;
        String workflow = "scripted_order_" + suffix;
        given().contentType(ContentType.JSON).body(List.of(Map.of("name", review, "retryCount", 0)))
                .post("/metadata/taskdefs").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [
                   {"name": "price", "taskReferenceName": "price", "type": "INLINE",
                    "inputParameters": {"evaluatorType": "graaljs", "items": "${workflow.input.items}",
                      "expression": "(function () { return {total: $.items.reduce((sum, i) => sum + i.price * i.qty, 0), count: $.items.length}; })()"}},
                   {"name": "names", "taskReferenceName": "names", "type": "JSON_JQ_TRANSFORM",
                    "inputParameters": {"items": "${workflow.input.items}", "queryExpression": "[.items[].name] | join(\\",\\")"}},
                   {"name": "route", "taskReferenceName": "route", "type": "SWITCH",
                    "evaluatorType": "javascript", "expression": "$.total > 100 ? 'review' : 'auto'",
                    "inputParameters": {"total": "${price.output.result.total}"},
                    "decisionCases": {"review": [{"name": "%s", "taskReferenceName": "review",
                                                  "inputParameters": {"total": "${price.output.result.total}"}}]},
                    "defaultCase": [{"name": "approve", "taskReferenceName": "approve", "type": "INLINE",
                                     "inputParameters": {"expression": "'approved ' + $.names", "names": "${names.output.result}"}}]}],
                 "outputParameters": {"total": "${price.output.result.total}", "names": "${names.output.result}",
                                      "case": "${route.output.selectedCase}", "approval": "${approve.output.result}"}}
                """.formatted(workflow, review))
                .post("/metadata/workflow").then().statusCode(200);

        // A large order waits for its review, which the worker sees the computed total in.
        String large = start(workflow, List.of(Map.of("name", "desk", "price", 120, "qty", 1),
                Map.of("name", "lamp", "price", 15, "qty", 2)));
        Response task = pollUntilAvailable(review);
        assertEquals(150, (int) task.path("inputData.total"));
        completePolled(large, task, Map.of("ok", true));
        Response reviewed = awaitCompleted(large);
        // The approval's task did not run: its output parameter is null, and kept, as Conductor keeps it.
        Map<String, Object> reviewedOutput = new HashMap<>(Map.of("total", 150, "names", "desk,lamp", "case", "review"));
        reviewedOutput.put("approval", null);
        assertEquals(reviewedOutput, reviewed.path("output"));
        assertEquals(List.of("INLINE", "JSON_JQ_TRANSFORM", "SWITCH", review), reviewed.path("tasks.taskType"));

        // A small one is decided by scripts alone.
        String small = start(workflow, List.of(Map.of("name", "pen", "price", 2, "qty", 3)));
        Response approved = awaitCompleted(small);
        assertEquals(Map.of("total", 6, "names", "pen", "case", "auto", "approval", "approved pen"),
                approved.path("output"));
    }

    private static String start(String workflow, List<Map<String, Object>> items) {
        return given().contentType(ContentType.JSON).body(Map.of("items", items))
                .post("/workflow/" + workflow).then().statusCode(200).extract().asString();
    }

    private static Response awaitCompleted(String workflowId) {
        await().atMost(WAIT).until(() -> "COMPLETED".equals(given().get("/workflow/" + workflowId).path("status")));
        return given().get("/workflow/" + workflowId);
    }
}
