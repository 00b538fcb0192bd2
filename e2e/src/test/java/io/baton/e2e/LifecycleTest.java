package io.baton.e2e;

import static io.baton.e2e.RestWorker.pollUntilAvailable;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pause, resume, terminate, restart, retry, rerun, skip and remove through the front door of a real cluster, as a
 * Conductor user and worker see them.
 */
class LifecycleTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeAll
    static void useSharedCluster() {
        SharedCluster.useFrontDoor();
    }

    @Test
    void shouldScheduleNothingWhilePausedAndMoveOnWhenResumed() {
        TwoSteps flow = TwoSteps.register();
        String workflowId = flow.start();

        given().put("/workflow/" + workflowId + "/pause").then().statusCode(200);
        awaitStatus(workflowId, "PAUSED");

        // Workers may still take and finish what was scheduled before the pause.
        Response first = pollUntilAvailable(flow.firstType);
        report(workflowId, first.path("taskId"), "COMPLETED", Map.of("y", 42));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(workflow(workflowId).path("tasks[0].status")));
        Response paused = workflow(workflowId);
        assertEquals("PAUSED", paused.path("status"));
        assertEquals(1, paused.<List<?>>path("tasks").size(), "the result is recorded, nothing new is scheduled");
        given().queryParam("workerid", "e2e-worker").get("/tasks/poll/" + flow.secondType).then().statusCode(204);

        given().put("/workflow/" + workflowId + "/resume").then().statusCode(200);
        Response second = pollUntilAvailable(flow.secondType);
        assertEquals(42, (int) second.path("inputData.y"));
        report(workflowId, second.path("taskId"), "COMPLETED", Map.of("done", true));

        awaitStatus(workflowId, "COMPLETED");
        given().get("/workflow/" + workflowId).then().body("output.y", equalTo(42));
        given().put("/workflow/" + workflowId + "/pause").then().statusCode(409)
                .body("message", equalTo("Workflow " + flow.name + ".1/" + workflowId
                        + " has ended, status cannot be updated."));
    }

    @Test
    void shouldTerminateARunningWorkflowAndWithdrawItsTaskFromTheQueue() {
        TwoSteps flow = TwoSteps.register();
        String workflowId = flow.start();
        String taskId = pollUntilAvailable(flow.firstType).path("taskId");
        // Handed back at once: the task is on its queue again, offered to the next poll.
        report(workflowId, taskId, "IN_PROGRESS", Map.of());

        given().queryParam("reason", "order canceled").delete("/workflow/" + workflowId).then().statusCode(200);

        awaitStatus(workflowId, "TERMINATED");
        // A worker that still gets the task before the withdrawal reaches its queue hands it back too, so only the
        // withdrawal can make the queue answer 204.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
            Response polled = given().queryParam("workerid", "e2e-worker").get("/tasks/poll/" + flow.firstType);
            if (polled.statusCode() == 200) {
                // 409 once the withdrawal has reached task-queue between this poll and this update.
                post(workflowId, taskId, "IN_PROGRESS", Map.of()).then().statusCode(anyOf(is(200), is(409)));
            }
            return polled.statusCode() == 204;
        });
        // A worker finishing the withdrawn task hears that it came too late (Conductor answers 200), and changes nothing.
        post(workflowId, taskId, "COMPLETED", Map.of("late", true)).then().statusCode(409)
                .body("message", containsString("no longer held"));
        given().get("/workflow/" + workflowId).then().statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("reasonForIncompletion", equalTo("order canceled"))
                .body("tasks.status", equalTo(List.of("CANCELED")));
        given().delete("/workflow/" + workflowId).then().statusCode(200);
    }

    @Test
    void shouldRestartAFailedWorkflowFromItsFirstTask() {
        TwoSteps flow = TwoSteps.register();
        String workflowId = flow.start();
        String failedId = pollUntilAvailable(flow.firstType).path("taskId");
        report(workflowId, failedId, "FAILED", Map.of());
        awaitStatus(workflowId, "FAILED");

        given().post("/workflow/" + workflowId + "/restart").then().statusCode(204);

        Response first = pollUntilAvailable(flow.firstType);
        assertNotEquals(failedId, first.path("taskId"));
        report(workflowId, first.path("taskId"), "COMPLETED", Map.of("y", 1));
        report(workflowId, pollUntilAvailable(flow.secondType).path("taskId"), "COMPLETED", Map.of());
        awaitStatus(workflowId, "COMPLETED");
        given().get("/workflow/" + workflowId).then().body("tasks.referenceTaskName",
                equalTo(List.of("first_ref", "second_ref")));
        given().post("/workflow/" + workflowId + "/retry").then().statusCode(409);
    }

    @Test
    void shouldRetryAFailedWorkflowFromTheTaskThatFailed() {
        TwoSteps flow = TwoSteps.register();
        String workflowId = flow.start();
        report(workflowId, pollUntilAvailable(flow.firstType).path("taskId"), "COMPLETED", Map.of("y", 42));
        report(workflowId, pollUntilAvailable(flow.secondType).path("taskId"), "FAILED", Map.of());
        awaitStatus(workflowId, "FAILED");

        given().post("/workflow/" + workflowId + "/retry").then().statusCode(204);

        Response again = pollUntilAvailable(flow.secondType);
        assertEquals(42, (int) again.path("inputData.y"));
        assertEquals(1, (int) again.path("retryCount"));
        report(workflowId, again.path("taskId"), "COMPLETED", Map.of());
        awaitStatus(workflowId, "COMPLETED");
        given().get("/workflow/" + workflowId).then()
                .body("tasks.status", equalTo(List.of("COMPLETED", "FAILED", "COMPLETED")));
    }

    @Test
    void shouldRerunACompletedWorkflowFromATaskWithNewInput() {
        TwoSteps flow = TwoSteps.register();
        String workflowId = flow.start();
        report(workflowId, pollUntilAvailable(flow.firstType).path("taskId"), "COMPLETED", Map.of("y", 1));
        String secondId = pollUntilAvailable(flow.secondType).path("taskId");
        report(workflowId, secondId, "COMPLETED", Map.of("round", 1));
        awaitStatus(workflowId, "COMPLETED");

        given().contentType(ContentType.JSON).body(Map.of("reRunFromTaskId", secondId, "taskInput", Map.of("y", 7)))
                .post("/workflow/" + workflowId + "/rerun").then().statusCode(200).body(equalTo(workflowId));

        Response again = pollUntilAvailable(flow.secondType);
        assertEquals(secondId, again.path("taskId"), "the same task runs again, as in Conductor");
        assertEquals(7, (int) again.path("inputData.y"));
        report(workflowId, secondId, "COMPLETED", Map.of("round", 2));
        awaitStatus(workflowId, "COMPLETED");
        given().get("/workflow/" + workflowId).then().body("tasks.size()", equalTo(2))
                .body("tasks[1].outputData.round", equalTo(2));
    }

    @Test
    void shouldPassOverASkippedTaskThenRemoveTheWorkflow() {
        TwoSteps flow = TwoSteps.register();
        String workflowId = flow.start();

        given().contentType(ContentType.JSON).body(Map.of("taskOutput", Map.of("skipped", true)))
                .put("/workflow/" + workflowId + "/skiptask/second_ref").then().statusCode(200);
        await().atMost(WAIT).until(() -> workflow(workflowId).<List<?>>path("tasks").size() == 2);
        report(workflowId, pollUntilAvailable(flow.firstType).path("taskId"), "COMPLETED", Map.of("y", 3));

        awaitStatus(workflowId, "COMPLETED");
        given().get("/workflow/" + workflowId).then().body("tasks.status", equalTo(List.of("COMPLETED", "SKIPPED")))
                .body("tasks[1].outputData.skipped", equalTo(true));
        given().queryParam("workerid", "e2e-worker").get("/tasks/poll/" + flow.secondType).then().statusCode(204);

        given().delete("/workflow/" + workflowId + "/remove").then().statusCode(200);
        await().atMost(WAIT).until(() -> workflow(workflowId).statusCode() == 404);
    }

    /** A workflow of two worker tasks of their own types, the second fed by the first's output. */
    private record TwoSteps(String name, String firstType, String secondType) {
        static TwoSteps register() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            TwoSteps flow = new TwoSteps("lifecycle_" + suffix, "lc_first_" + suffix, "lc_second_" + suffix);
            given().contentType(ContentType.JSON)
                    .body("[{\"name\": \"%s\", \"retryCount\": 0}, {\"name\": \"%s\", \"retryCount\": 0}]"
                            .formatted(flow.firstType, flow.secondType))
                    .post("/metadata/taskdefs").then().statusCode(200);
            given().contentType(ContentType.JSON).body("""
                    {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                     "tasks": [
                       {"name": "%s", "taskReferenceName": "first_ref"},
                       {"name": "%s", "taskReferenceName": "second_ref", "inputParameters": {"y": "${first_ref.output.y}"}}],
                     "outputParameters": {"y": "${first_ref.output.y}"}}
                    """.formatted(flow.name, flow.firstType, flow.secondType))
                    .post("/metadata/workflow").then().statusCode(200);
            return flow;
        }

        String start() {
            return given().contentType(ContentType.JSON).body("{}").post("/workflow/" + name)
                    .then().statusCode(200).extract().asString();
        }
    }

    private static Response workflow(String workflowId) {
        return given().get("/workflow/" + workflowId);
    }

    private static void awaitStatus(String workflowId, String status) {
        await().atMost(WAIT).until(() -> status.equals(workflow(workflowId).path("status")));
    }

    private static void report(String workflowId, String taskId, String status, Map<String, Object> output) {
        post(workflowId, taskId, status, output).then().statusCode(200).body(equalTo(taskId));
    }

    private static Response post(String workflowId, String taskId, String status, Map<String, Object> output) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("workflowInstanceId", workflowId, "taskId", taskId, "status", status,
                        "outputData", output, "workerId", "e2e-worker", "callbackAfterSeconds", 0))
                .post("/tasks");
    }
}
