package io.baton.e2e;

import static io.baton.e2e.RestWorker.completePolled;
import static io.baton.e2e.RestWorker.pollUntilAvailable;
import static io.baton.e2e.ControlFlowTest.workflow;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DO_WHILE and FORK_JOIN_DYNAMIC with worker tasks, through the front door of a real cluster. */
class LoopAndDynamicForkTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeAll
    static void useCluster() {
        SharedCluster.useFrontDoor();
    }

    @Test
    void shouldLoopAWorkerTaskThreeTimesThenForkThreeWorkerTasksAndJoinThem() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String count = "count_" + suffix;
        String resize = "resize_" + suffix;
        String workflow = "loops_" + suffix;
        given().contentType(ContentType.JSON).body(List.of(count, resize).stream()
                        .map(name -> Map.of("name", name, "retryCount", 0)).toList())
                .post("/metadata/taskdefs").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [
                   {"name": "loop", "taskReferenceName": "loop", "type": "DO_WHILE",
                    "loopCondition": "$.loop['iteration'] < 3",
                    "loopOver": [{"name": "%s", "taskReferenceName": "count",
                                  "inputParameters": {"round": "${loop.output.iteration}"}}]},
                   {"name": "fan", "taskReferenceName": "fan", "type": "FORK_JOIN_DYNAMIC",
                    "inputParameters": {"forkTaskName": "%s", "forkTaskInputs": "${workflow.input.images}"}},
                   {"name": "gather", "taskReferenceName": "gather", "type": "JOIN"}],
                 "outputParameters": {"rounds": "${loop.output.iteration}", "joined": "${gather.output}"}}
                """.formatted(workflow, count, resize))
                .post("/metadata/workflow").then().statusCode(200);

        String workflowId = given().contentType(ContentType.JSON).body("{\"images\": [\"a\", \"b\", \"c\"]}")
                .post("/workflow/" + workflow).then().statusCode(200).extract().asString();

        for (int round = 1; round <= 3; round++) {
            Response task = pollUntilAvailable(count);
            assertEquals("count__" + round, task.path("referenceTaskName"));
            assertEquals(round, (int) task.path("inputData.round"));
            completePolled(workflowId, task, Map.of("counted", round));
        }
        List<Response> forked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            forked.add(pollUntilAvailable(resize));
        }
        for (Response task : forked) {
            completePolled(workflowId, task, Map.of("resized", task.path("inputData.input")));
        }

        await().atMost(WAIT).until(() -> "COMPLETED".equals(workflow(workflowId).path("status")));
        Response done = workflow(workflowId);
        assertEquals(Map.of("rounds", 3, "joined", Map.of("_" + resize + "_0", Map.of("resized", "a"),
                "_" + resize + "_1", Map.of("resized", "b"), "_" + resize + "_2", Map.of("resized", "c"))),
                done.path("output"));
        assertEquals(List.of("loop", "count__1", "count__2", "count__3", "fan", "_" + resize + "_0",
                "_" + resize + "_1", "_" + resize + "_2", "gather"), done.path("tasks.referenceTaskName"));
        Map<String, Object> loopOutput = done.path("tasks[0].outputData");
        assertEquals(Map.of("count", Map.of("counted", 2)), loopOutput.get("2"));
    }
}
