package io.baton.e2e;

import static io.baton.e2e.RestWorker.complete;
import static io.baton.e2e.RestWorker.pollUntilAvailable;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A SUB_WORKFLOW by name whose child runs a worker task, through the front door of a real cluster. */
class SubWorkflowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeAll
    static void useCluster() {
        SharedCluster.useFrontDoor();
    }

    @Test
    void shouldRunTheChildWorkerTaskAndCompleteTheParentWithTheChildOutput() {
        Family family = Family.register();
        String parentId = family.start(Map.of("amount", 12));

        Response task = pollUntilAvailable(family.childTask);
        String childId = task.path("workflowInstanceId");
        assertEquals(12, (int) task.path("inputData.amount"));
        given().get("/workflow/" + childId).then().statusCode(200)
                .body("parentWorkflowId", equalTo(parentId))
                .body("workflowName", equalTo(family.child));
        complete(childId, task.path("taskId"), Map.of("receipt", "R-12"));

        awaitStatus(parentId, "COMPLETED");
        given().get("/workflow/" + parentId).then()
                .body("output.receipt", equalTo("R-12"))
                .body("tasks[0].taskType", equalTo("SUB_WORKFLOW"))
                .body("tasks[0].subWorkflowId", equalTo(childId))
                .body("tasks[0].outputData.subWorkflowId", equalTo(childId));
        awaitStatus(childId, "COMPLETED");
    }

    @Test
    void shouldTerminateTheRunningChildWhenTheParentIsTerminated() {
        Family family = Family.register();
        String parentId = family.start(Map.of("amount", 1));
        String childId = pollUntilAvailable(family.childTask).path("workflowInstanceId");

        given().queryParam("reason", "customer left").delete("/workflow/" + parentId).then().statusCode(200);

        awaitStatus(childId, "TERMINATED");
        given().get("/workflow/" + childId).then()
                .body("reasonForIncompletion", equalTo("Parent workflow has been terminated with reason: customer left"))
                .body("tasks[0].status", equalTo("CANCELED"));
        given().get("/workflow/" + parentId).then()
                .body("status", equalTo("TERMINATED"))
                .body("tasks[0].status", equalTo("CANCELED"));
    }

    /** A parent whose only task is a SUB_WORKFLOW of the latest child, which runs one worker task. */
    private record Family(String parent, String child, String childTask) {
        static Family register() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            Family family = new Family("parent_" + suffix, "child_" + suffix, "child_task_" + suffix);
            given().contentType(ContentType.JSON).body("[{\"name\": \"%s\", \"retryCount\": 0}]".formatted(family.childTask))
                    .post("/metadata/taskdefs").then().statusCode(200);
            given().contentType(ContentType.JSON).body("""
                    {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                     "tasks": [{"name": "%s", "taskReferenceName": "pay", "inputParameters": {"amount": "${workflow.input.amount}"}}],
                     "outputParameters": {"receipt": "${pay.output.receipt}"}}
                    """.formatted(family.child, family.childTask))
                    .post("/metadata/workflow").then().statusCode(200);
            given().contentType(ContentType.JSON).body("""
                    {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                     "tasks": [{"name": "pay_sub", "taskReferenceName": "pay_sub", "type": "SUB_WORKFLOW",
                                "subWorkflowParam": {"name": "%s"},
                                "inputParameters": {"amount": "${workflow.input.amount}"}}],
                     "outputParameters": {"receipt": "${pay_sub.output.receipt}"}}
                    """.formatted(family.parent, family.child))
                    .post("/metadata/workflow").then().statusCode(200);
            return family;
        }

        String start(Map<String, Object> input) {
            return given().contentType(ContentType.JSON).body(input).post("/workflow/" + parent)
                    .then().statusCode(200).extract().asString();
        }
    }

    private static void awaitStatus(String workflowId, String status) {
        await().atMost(WAIT).until(() -> status.equals(given().get("/workflow/" + workflowId).path("status")));
    }
}
