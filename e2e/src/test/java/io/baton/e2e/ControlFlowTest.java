package io.baton.e2e;

import static io.baton.e2e.RestWorker.completePolled;
import static io.baton.e2e.RestWorker.pollUntilAvailable;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SWITCH and FORK_JOIN/JOIN with worker tasks, through the front door of a real cluster. */
class ControlFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeAll
    static void useCluster() {
        SharedCluster.useFrontDoor();
    }

    @Test
    void shouldRouteASwitchThenForkAndJoinWorkerTasks() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String charge = "charge_" + suffix;
        String manual = "manual_" + suffix;
        String pack = "pack_" + suffix;
        String label = "label_" + suffix;
        String ship = "ship_" + suffix;
        String workflow = "control_flow_" + suffix;
        given().contentType(ContentType.JSON).body(List.of(charge, manual, pack, label, ship).stream()
                        .map(name -> Map.of("name", name, "retryCount", 0)).toList())
                .post("/metadata/taskdefs").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [
                   {"name": "route", "taskReferenceName": "route", "type": "SWITCH",
                    "evaluatorType": "value-param", "expression": "kind",
                    "inputParameters": {"kind": "${workflow.input.kind}"},
                    "decisionCases": {"card": [{"name": "%s", "taskReferenceName": "charge"}]},
                    "defaultCase": [{"name": "%s", "taskReferenceName": "manual"}]},
                   {"name": "split", "taskReferenceName": "split", "type": "FORK_JOIN",
                    "forkTasks": [[{"name": "%s", "taskReferenceName": "pack"}],
                                  [{"name": "%s", "taskReferenceName": "label"},
                                   {"name": "%s", "taskReferenceName": "ship"}]]},
                   {"name": "merge", "taskReferenceName": "merge", "type": "JOIN", "joinOn": ["pack", "ship"]}],
                 "outputParameters": {"joined": "${merge.output}", "case": "${route.output.selectedCase}"}}
                """.formatted(workflow, charge, manual, pack, label, ship))
                .post("/metadata/workflow").then().statusCode(200);

        String workflowId = given().contentType(ContentType.JSON).body("{\"kind\": \"card\"}")
                .post("/workflow/" + workflow).then().statusCode(200).extract().asString();

        completePolled(workflowId, pollUntilAvailable(charge), Map.of("paid", true));
        // Both branches are offered at once; the second branch goes on after its first task.
        Response packTask = pollUntilAvailable(pack);
        completePolled(workflowId, pollUntilAvailable(label), Map.of("label", "L1"));
        completePolled(workflowId, pollUntilAvailable(ship), Map.of("tracking", "T1"));
        Response waiting = workflow(workflowId);
        assertEquals("RUNNING", waiting.path("status"), "the join waits for the pack branch");
        completePolled(workflowId, packTask, Map.of("boxes", 2));

        await().atMost(WAIT).until(() -> "COMPLETED".equals(workflow(workflowId).path("status")));
        Response done = workflow(workflowId);
        assertEquals(Map.of("joined", Map.of("pack", Map.of("boxes", 2), "ship", Map.of("tracking", "T1")),
                "case", "card"), done.path("output"));
        assertEquals(List.of("route", "charge", "split", "pack", "label", "merge", "ship"),
                done.path("tasks.referenceTaskName"));
        assertEquals(List.of("SWITCH", charge, "FORK", pack, label, "JOIN", ship), done.path("tasks.taskType"));
        assertEquals(List.of("card"), done.path("tasks[0].outputData.evaluationResult"));
        given().queryParam("workerid", "e2e-worker").get("/tasks/poll/" + manual).then().statusCode(204);
    }

    static Response workflow(String workflowId) {
        return given().get("/workflow/" + workflowId);
    }
}
