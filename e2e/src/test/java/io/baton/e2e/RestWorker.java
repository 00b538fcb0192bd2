package io.baton.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;

/** A worker played over Conductor's REST API, as the end-to-end tests need one: poll until a task comes, complete it. */
final class RestWorker {
    static final String WORKER_ID = "e2e-worker";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private RestWorker() {
    }

    /** Polls the task type until a task is handed out; the response holds it. */
    static Response pollUntilAvailable(String taskType) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(
                () -> given().queryParam("workerid", WORKER_ID).get("/tasks/poll/" + taskType),
                response -> response.statusCode() == 200);
    }

    static void completePolled(String workflowId, Response polledTask, Map<String, Object> output) {
        complete(workflowId, polledTask.<String>path("taskId"), output);
    }

    static void complete(String workflowId, String taskId, Map<String, Object> output) {
        given().contentType(ContentType.JSON)
                .body(Map.of("workflowInstanceId", workflowId, "taskId", taskId, "status", "COMPLETED",
                        "outputData", output, "workerId", WORKER_ID))
                .post("/tasks").then().statusCode(200).body(equalTo(taskId));
    }
}
