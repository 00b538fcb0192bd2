package io.baton.workflowapi.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.baton.infra.BatonInfraResource;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A workflow's status and task pages, read from the decider's tables filled here by hand (no decider runs). */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class ExecutionStatusResourceTest {
    @Inject
    Pool pool;

    private Workflow stored(String correlationId) {
        Workflow workflow = DeciderTables.workflow(UUID.randomUUID().toString(), "status_flow", System.currentTimeMillis());
        workflow.setCorrelationId(correlationId);
        workflow.setOutput(Map.of("total", 12));
        workflow.setVariables(Map.of("step", "two"));
        int seq = 0;
        for (TaskStatus status : new TaskStatus[] {TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.COMPLETED,
                TaskStatus.SCHEDULED}) {
            Task task = new Task();
            task.setTaskId(UUID.randomUUID().toString());
            task.setSeq(++seq);
            task.setReferenceTaskName("ref_" + seq);
            task.setTaskType("SIMPLE");
            task.setStatus(status);
            workflow.getTasks().add(task);
        }
        new DeciderTables(pool).insert(workflow);
        return workflow;
    }

    @Test
    void shouldAnswerTheStatusWithOutputAndVariablesOnlyWhenAskedFor() {
        Workflow workflow = stored("order-9");
        String id = workflow.getWorkflowId();

        given().get("/api/workflow/" + id + "/status").then().statusCode(200)
                .body("workflowId", equalTo(id))
                .body("correlationId", equalTo("order-9"))
                .body("status", equalTo("RUNNING"))
                .body("$", not(hasKey("output")))
                .body("$", not(hasKey("variables")));
        given().queryParam("includeOutput", true).queryParam("includeVariables", true)
                .get("/api/workflow/" + id + "/status").then().statusCode(200)
                .body("output.total", equalTo(12))
                .body("variables.step", equalTo("two"));
    }

    @Test
    void shouldLeaveOutAnEmptyCorrelationId() {
        Workflow workflow = stored("");
        given().get("/api/workflow/" + workflow.getWorkflowId() + "/status").then().statusCode(200)
                .body("$", not(hasKey("correlationId")))
                .body("status", equalTo(WorkflowStatus.RUNNING.name()));
    }

    @Test
    void shouldPageThroughTheTasksInScheduleOrderCountingAllThatMatch() {
        String id = stored(null).getWorkflowId();

        given().get("/api/workflow/" + id + "/tasks").then().statusCode(200)
                .body("totalHits", equalTo(4))
                .body("results.referenceTaskName", contains("ref_1", "ref_2", "ref_3", "ref_4"));
        given().queryParam("start", 1).queryParam("count", 2).get("/api/workflow/" + id + "/tasks").then()
                .statusCode(200).body("totalHits", equalTo(4))
                .body("results.referenceTaskName", contains("ref_2", "ref_3"));
        given().queryParam("status", "completed").queryParam("status", "FAILED").queryParam("start", 1)
                .get("/api/workflow/" + id + "/tasks").then().statusCode(200)
                .body("totalHits", equalTo(3))
                .body("results.referenceTaskName", contains("ref_2", "ref_3"));
        given().queryParam("start", 9).get("/api/workflow/" + id + "/tasks").then().statusCode(200)
                .body("totalHits", equalTo(4)).body("results", empty());
    }

    @Test
    void shouldAnswer404ForAnUnknownWorkflow() {
        String id = UUID.randomUUID().toString();
        given().get("/api/workflow/" + id + "/status").then().statusCode(404)
                .body("message", equalTo("No such workflow found by id: " + id));
        given().get("/api/workflow/" + id + "/tasks").then().statusCode(404)
                .body("message", equalTo("No such workflow found by id: " + id));
    }

    @Test
    void shouldAnswer400ToANegativePage() {
        given().queryParam("count", -1).get("/api/workflow/" + stored(null).getWorkflowId() + "/tasks").then()
                .statusCode(400).body("status", equalTo(400));
    }
}
