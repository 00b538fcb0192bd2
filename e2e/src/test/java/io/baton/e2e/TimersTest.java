package io.baton.e2e;

import static io.baton.e2e.RestWorker.pollUntilAvailable;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tasks that wait, through the front door: a WAIT that ends by its durable timer, a silent worker's task timed out and
 * retried, and a HUMAN task completed by someone's update.
 */
class TimersTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void useSharedCluster() {
        SharedCluster.useFrontDoor();
    }

    @Test
    void shouldEndAWaitByItsDurationAndRetryATaskWhoseWorkerStoppedAnswering() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "timers_" + suffix;
        String taskType = "timers_task_" + suffix;
        given().contentType(ContentType.JSON)
                .body("[{\"name\": \"%s\", \"retryCount\": 1, \"retryDelaySeconds\": 0, \"responseTimeoutSeconds\": 1}]"
                        .formatted(taskType))
                .post("/metadata/taskdefs").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [
                   {"name": "pause", "taskReferenceName": "wait_ref", "type": "WAIT", "inputParameters": {"duration": "1s"}},
                   {"name": "%s", "taskReferenceName": "work_ref"}]}
                """.formatted(name, taskType))
                .post("/metadata/workflow").then().statusCode(200);
        String workflowId = given().contentType(ContentType.JSON).body("{}").post("/workflow/" + name)
                .then().statusCode(200).extract().asString();

        // The WAIT ends by its timer; only then is the worker task offered.
        Response first = pollUntilAvailable(taskType);
        Response afterWait = given().get("/workflow/" + workflowId);
        assertEquals("COMPLETED", afterWait.path("tasks[0].status"));
        assertEquals("WAIT", afterWait.path("tasks[0].taskType"));

        // The worker goes silent: after responseTimeoutSeconds the decider times the task out and offers a new one.
        Response retry = pollUntilAvailable(taskType);
        String firstId = first.path("taskId");
        assertNotEquals(firstId, retry.path("taskId"));
        assertEquals(firstId, retry.path("retriedTaskId"));
        assertEquals(1, (int) retry.path("retryCount"));
        given().contentType(ContentType.JSON)
                .body(Map.of("workflowInstanceId", workflowId, "taskId", retry.path("taskId"), "status", "COMPLETED",
                        "outputData", Map.of("done", true)))
                .post("/tasks").then().statusCode(200);

        await().atMost(WAIT).until(() -> "COMPLETED".equals(given().get("/workflow/" + workflowId).path("status")));
        given().get("/workflow/" + workflowId).then()
                .body("tasks.status", equalTo(List.of("COMPLETED", "TIMED_OUT", "COMPLETED")))
                .body("tasks[1].reasonForIncompletion", equalTo("responseTimeout: 1 exceeded for the taskId: "
                        + firstId + " with Task Definition: " + taskType));
    }

    @Test
    void shouldCompleteAHumanTaskByAnUpdateAndGoOnWithItsOutput() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "human_" + suffix;
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [
                   {"name": "approve", "taskReferenceName": "approve_ref", "type": "HUMAN"},
                   {"name": "after", "taskReferenceName": "after_ref", "type": "SET_VARIABLE",
                    "inputParameters": {"approvedBy": "${approve_ref.output.by}"}}],
                 "outputParameters": {"approvedBy": "${workflow.variables.approvedBy}"}}
                """.formatted(name))
                .post("/metadata/workflow").then().statusCode(200);
        String workflowId = given().contentType(ContentType.JSON).body("{}").post("/workflow/" + name)
                .then().statusCode(200).extract().asString();

        // The HUMAN task waits IN_PROGRESS on no queue; a person's tool completes it with POST /api/tasks.
        await().atMost(WAIT).until(
                () -> "IN_PROGRESS".equals(given().get("/workflow/" + workflowId).path("tasks[0].status")));
        String taskId = given().get("/workflow/" + workflowId).path("tasks[0].taskId");
        given().contentType(ContentType.JSON)
                .body(Map.of("workflowInstanceId", workflowId, "taskId", taskId, "status", "COMPLETED",
                        "outputData", Map.of("by", "ada")))
                .post("/tasks").then().statusCode(200);

        await().atMost(WAIT).until(() -> "COMPLETED".equals(given().get("/workflow/" + workflowId).path("status")));
        given().get("/workflow/" + workflowId).then()
                .body("tasks.taskType", equalTo(List.of("HUMAN", "SET_VARIABLE")))
                .body("output.approvedBy", equalTo("ada"));
    }
}
