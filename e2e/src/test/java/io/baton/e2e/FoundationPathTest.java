package io.baton.e2e;

import static io.baton.e2e.RestWorker.complete;
import static io.baton.e2e.RestWorker.pollUntilAvailable;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The foundation's end-to-end path, through the front door of a cluster of real processes (four services, Kafka,
 * PostgreSQL), in Conductor's own JSON shapes, exactly as a curl user or a worker would drive it.
 */
class FoundationPathTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeAll
    static void useCluster() {
        SharedCluster.useFrontDoor();
    }

    @Test
    void shouldRunTwoSimpleTasksInSequenceWithResolvedInputs() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String first = "first_" + suffix;
        String second = "second_" + suffix;
        String workflow = "two_steps_" + suffix;
        given().contentType(ContentType.JSON)
                .body("[{\"name\": \"%s\", \"retryCount\": 0}, {\"name\": \"%s\", \"retryCount\": 0}]".formatted(first, second))
                .post("/metadata/taskdefs").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [
                   {"name": "%s", "taskReferenceName": "first_ref", "inputParameters": {"x": "${workflow.input.x}"}},
                   {"name": "%s", "taskReferenceName": "second_ref",
                    "inputParameters": {"x": "${workflow.input.x}", "y": "${first_ref.output.y}",
                                        "text": "x=${workflow.input.x}, y=${first_ref.output.y}"}}],
                 "outputParameters": {"result": "${second_ref.output.result}", "y": "${first_ref.output.y}"}}
                """.formatted(workflow, first, second)).post("/metadata/workflow").then().statusCode(200);

        String workflowId = given().contentType(ContentType.JSON).body("{\"x\": \"hello\"}")
                .post("/workflow/" + workflow).then().statusCode(200).contentType(containsString("text/plain"))
                .extract().asString();

        Response firstTask = pollUntilAvailable(first);
        assertEquals(workflowId, firstTask.path("workflowInstanceId"));
        assertEquals("hello", firstTask.path("inputData.x"));
        assertEquals("IN_PROGRESS", firstTask.path("status"));
        complete(workflowId, firstTask.path("taskId"), Map.of("y", 42));

        Response secondTask = pollUntilAvailable(second);
        assertEquals(Map.of("x", "hello", "y", 42, "text", "x=hello, y=42"), secondTask.path("inputData"));
        complete(workflowId, secondTask.path("taskId"), Map.of("result", "done"));

        await().atMost(WAIT).until(() -> "COMPLETED".equals(given().get("/workflow/" + workflowId).path("status")));
        given().get("/workflow/" + workflowId).then().statusCode(200)
                .body("workflowId", equalTo(workflowId))
                .body("workflowName", equalTo(workflow))
                .body("input.x", equalTo("hello"))
                .body("output.result", equalTo("done"))
                .body("output.y", equalTo(42))
                .body("tasks.status", equalTo(java.util.List.of("COMPLETED", "COMPLETED")))
                .body("tasks[1].inputData.y", equalTo(42))
                .body("endTime", notNullValue());
    }

    @Test
    void shouldAnswerBadInputWithConductorsErrorShapeAndChangeNothing() {
        String name = "bad_input_" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\", \"tasks\": [")
                .post("/metadata/workflow").then().statusCode(400)
                .body("status", equalTo(400)).body("message", notNullValue());
        given().get("/metadata/workflow/" + name).then().statusCode(404).body("status", equalTo(404));

        given().contentType(ContentType.JSON).body("{\"input\": {}}").post("/workflow").then().statusCode(400)
                .body("status", equalTo(400)).body("message", containsString("name"));
        given().contentType(ContentType.JSON).body("{}").post("/workflow/" + name).then().statusCode(404)
                .body("message", containsString(name));
        given().get("/workflow/" + UUID.randomUUID()).then().statusCode(404).body("status", equalTo(404));
        given().contentType(ContentType.JSON)
                .body("{\"workflowInstanceId\": \"%s\", \"taskId\": \"%s\", \"status\": \"COMPLETED\"}"
                        .formatted(UUID.randomUUID(), UUID.randomUUID()))
                .post("/tasks").then().statusCode(404).body("status", equalTo(404));
        given().contentType(ContentType.JSON).body("{\"taskId\": ").post("/tasks").then().statusCode(400)
                .body("status", equalTo(400));
    }

    @Test
    void shouldServeEveryServiceBehindTheOneFrontDoor() {
        String handler = "handler_" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "event": "kafka:orders", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "order_flow"}}]}
                """.formatted(handler)).post("/event").then().statusCode(200);
        given().get("/event").then().statusCode(200).body("name", hasItem(handler));
        given().get("/tasks/poll/nothing_here_" + handler).then().statusCode(204);
        given().basePath("").get("/health").then().statusCode(200);
    }
}
