package io.baton.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * EVENT tasks with {@code conductor} sinks and the handlers of their {@code conductor:...} events, in a real cluster:
 * one workflow's event starts another, whose own event completes the first one's WAIT.
 */
class ConductorEventTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void useSharedCluster() {
        SharedCluster.useFrontDoor();
    }

    @Test
    void shouldStartAWorkflowOnOneWorkflowsEventAndCompleteItsWaitOnTheOthersEvent() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ordering = "ordering_" + suffix;
        String packing = "packing_" + suffix;
        String packTask = "pack_" + suffix;
        given().contentType(ContentType.JSON).body("[{\"name\": \"%s\", \"retryCount\": 0}]".formatted(packTask))
                .post("/metadata/taskdefs").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [{"name": "announce", "taskReferenceName": "announce", "type": "EVENT", "sink": "conductor",
                            "inputParameters": {"orderId": "${workflow.input.orderId}"}},
                           {"name": "wait_packed", "taskReferenceName": "wait_packed", "type": "WAIT"}]}
                """.formatted(ordering)).post("/metadata/workflow").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [{"name": "%s", "taskReferenceName": "pack", "inputParameters": {"orderId": "${workflow.input.orderId}"}},
                           {"name": "packed", "taskReferenceName": "packed", "type": "EVENT", "sink": "conductor:done",
                            "inputParameters": {"orderWorkflowId": "${workflow.input.orderWorkflowId}",
                                                "box": "${pack.output.box}"}}]}
                """.formatted(packing, packTask)).post("/metadata/workflow").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "start_%s", "event": "conductor:%s:announce", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s", "correlationId": "${workflowInstanceId}",
                   "input": {"orderId": "${orderId}", "orderWorkflowId": "${workflowInstanceId}"}}}]}
                """.formatted(packing, ordering, packing)).post("/event").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "done_%s", "event": "conductor:%s:done", "active": true,
                 "actions": [{"action": "complete_task", "complete_task": {"workflowId": "${orderWorkflowId}",
                   "taskRefName": "wait_packed", "output": {"box": "${box}"}}}]}
                """.formatted(packing, packing)).post("/event").then().statusCode(200);

        String orderingId = given().contentType(ContentType.JSON)
                .body("{\"name\": \"%s\", \"input\": {\"orderId\": \"o-%s\"}}".formatted(ordering, suffix))
                .post("/workflow").then().statusCode(200).extract().asString();

        Response pack = RestWorker.pollUntilAvailable(packTask);
        assertEquals("o-" + suffix, pack.path("inputData.orderId"));
        String packingId = pack.path("workflowInstanceId");
        Response started = given().get("/workflow/" + packingId);
        assertEquals(orderingId, started.path("correlationId"));
        assertEquals("conductor:" + ordering + ":announce", started.path("input.'conductor.event.name'"));
        RestWorker.completePolled(packingId, pack, Map.of("box", "B-7"));

        Response completed = await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> given().get("/workflow/" + orderingId), response -> "COMPLETED".equals(response.path("status")));
        assertEquals("conductor:" + ordering + ":announce", completed.path("tasks[0].outputData.event_produced"));
        assertEquals("B-7", completed.path("tasks[1].outputData.box"));
        assertEquals("conductor:" + packing + ":done", completed.path("tasks[1].outputData.'conductor.event.name'"));
    }
}
