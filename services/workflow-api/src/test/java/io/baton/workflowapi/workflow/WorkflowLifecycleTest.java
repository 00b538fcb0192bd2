package io.baton.workflowapi.workflow;

import static io.baton.workflowapi.workflow.SentCommands.types;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.messaging.ResumeWorkflow;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.WorkflowCommand;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Pause, resume and terminate on real Kafka and PostgreSQL: the workflow's status is read from the decider's tables
 * (filled by hand, no decider runs here), a legal request is a command on baton.commands, an illegal one is answered
 * as the Conductor 3.32.3 reference server answers it and sends nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class WorkflowLifecycleTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Test
    void shouldSendAPauseForARunningWorkflowAndAnswer200WithNoBody() {
        String workflowId = workflow("RUNNING");

        given().put("/api/workflow/" + workflowId + "/pause").then().statusCode(200).body(emptyString());

        assertEquals(List.of(PauseWorkflow.class), commandTypes(workflowId));
    }

    @Test
    void shouldSendAResumeForAPausedWorkflow() {
        String workflowId = workflow("PAUSED");

        given().put("/api/workflow/" + workflowId + "/resume").then().statusCode(200).body(emptyString());

        assertEquals(List.of(ResumeWorkflow.class), commandTypes(workflowId));
    }

    @Test
    void shouldSendATerminateWithTheReasonForAnyWorkflowThatDidNotComplete() {
        String paused = workflow("PAUSED");
        String failed = workflow("FAILED");

        given().queryParam("reason", "no longer needed").delete("/api/workflow/" + paused).then().statusCode(200)
                .body(emptyString());
        given().delete("/api/workflow/" + failed).then().statusCode(200);

        TerminateWorkflow terminate = (TerminateWorkflow) commands(paused).getFirst();
        assertEquals("no longer needed", terminate.reason());
        assertEquals(paused, terminate.workflowId());
        assertEquals(null, ((TerminateWorkflow) commands(failed).getFirst()).reason());
    }

    @Test
    void shouldRefuseIllegalTransitionsAndSendNothing() {
        String completed = workflow("COMPLETED");
        String running = workflow("RUNNING");
        String name = nameOf(completed);

        given().put("/api/workflow/" + completed + "/pause").then().statusCode(409).body("status", equalTo(409))
                .body("message", equalTo("Workflow " + name + ".1/" + completed + " has ended, status cannot be updated."));
        given().put("/api/workflow/" + completed + "/resume").then().statusCode(409)
                .body("message", equalTo("The workflow " + completed
                        + " is not PAUSED so cannot resume. Current status is COMPLETED"));
        given().delete("/api/workflow/" + completed).then().statusCode(409)
                .body("message", equalTo("Cannot terminate a COMPLETED workflow."));
        given().put("/api/workflow/" + running + "/resume").then().statusCode(409)
                .body("message", equalTo("The workflow " + running
                        + " is not PAUSED so cannot resume. Current status is RUNNING"));

        assertEquals(List.of(), commandTypes(completed));
        assertEquals(List.of(), commandTypes(running));
    }

    @Test
    void shouldAnswer404ForAnUnknownWorkflow() {
        String unknown = UUID.randomUUID().toString();
        String message = "No such workflow found by id: " + unknown;

        given().put("/api/workflow/" + unknown + "/pause").then().statusCode(404).body("message", equalTo(message));
        given().put("/api/workflow/" + unknown + "/resume").then().statusCode(404).body("message", equalTo(message));
        given().queryParam("reason", "x").delete("/api/workflow/" + unknown).then().statusCode(404)
                .body("message", equalTo(message));
    }

    @Test
    void shouldAnswerBulkRequestsPerWorkflow() {
        String running = workflow("RUNNING");
        String paused = workflow("PAUSED");
        String completed = workflow("COMPLETED");
        String unknown = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).body(List.of(running, completed, unknown))
                .put("/api/workflow/bulk/pause").then().statusCode(200)
                .body("bulkSuccessfulResults", contains(running))
                .body("bulkErrorResults." + completed, equalTo("Workflow " + nameOf(completed) + ".1/" + completed
                        + " has ended, status cannot be updated."))
                .body("bulkErrorResults." + unknown, equalTo("No such workflow found by id: " + unknown));
        given().contentType(ContentType.JSON).body(List.of(paused, running))
                .put("/api/workflow/bulk/resume").then().statusCode(200)
                .body("bulkSuccessfulResults", contains(paused))
                .body("bulkErrorResults." + running, equalTo("The workflow " + running
                        + " is not PAUSED so cannot resume. Current status is RUNNING"));
        given().contentType(ContentType.JSON).body(List.of(paused)).queryParam("reason", "bulk")
                .post("/api/workflow/bulk/terminate").then().statusCode(200)
                .body("bulkSuccessfulResults", contains(paused)).body("bulkErrorResults", anEmptyMap());

        assertEquals(List.of(PauseWorkflow.class), commandTypes(running));
        List<WorkflowCommand> pausedCommands = commands(paused);
        assertEquals(List.of(ResumeWorkflow.class, TerminateWorkflow.class), types(pausedCommands));
        assertEquals("bulk", ((TerminateWorkflow) pausedCommands.get(1)).reason());
        assertEquals(List.of(), commandTypes(completed));
    }

    @Test
    void shouldRefuseABulkRequestWithoutIdsOrWithTooMany() {
        given().contentType(ContentType.JSON).body("[]").put("/api/workflow/bulk/pause").then().statusCode(400)
                .body("validationErrors[0].path", equalTo("pauseWorkflow.arg0"))
                .body("validationErrors[0].message", equalTo("WorkflowIds list cannot be null."));
        given().contentType(ContentType.JSON).post("/api/workflow/bulk/terminate").then().statusCode(400)
                .body("validationErrors[0].path", equalTo("terminate.arg0"));
        List<String> tooMany = IntStream.range(0, 1001).mapToObj(i -> "id-" + i).toList();
        given().contentType(ContentType.JSON).body(tooMany).put("/api/workflow/bulk/resume").then().statusCode(400)
                .body("validationErrors[0].path", equalTo("resumeWorkflow.arg0"))
                .body("validationErrors[0].message",
                        equalTo("Cannot process more than 1000 workflows. Please use multiple requests."));
    }

    private String workflow(String status) {
        String workflowId = UUID.randomUUID().toString();
        new DeciderTables(pool).insertWorkflow(workflowId, "lifecycle_" + workflowId.substring(0, 8), status, null);
        return workflowId;
    }

    private static String nameOf(String workflowId) {
        return "lifecycle_" + workflowId.substring(0, 8);
    }

    private List<Class<?>> commandTypes(String workflowId) {
        return types(commands(workflowId));
    }

    private List<WorkflowCommand> commands(String workflowId) {
        return new SentCommands(bootstrapServers).of(workflowId);
    }
}
