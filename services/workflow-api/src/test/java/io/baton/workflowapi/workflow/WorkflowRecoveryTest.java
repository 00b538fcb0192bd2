package io.baton.workflowapi.workflow;

import static io.baton.workflowapi.workflow.SentCommands.types;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.baton.infra.BatonInfraResource;
import io.baton.model.messaging.DecideWorkflow;
import io.baton.model.messaging.RemoveWorkflow;
import io.baton.model.messaging.RerunWorkflow;
import io.baton.model.messaging.ResetCallbacks;
import io.baton.model.messaging.RestartWorkflow;
import io.baton.model.messaging.RetryWorkflow;
import io.baton.model.messaging.SkipTask;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Restart, retry, rerun, skip task, remove, decide and reset callbacks on real Kafka and PostgreSQL: the workflow is
 * read from the decider's tables (filled by hand, no decider runs here), a legal request is a command on
 * baton.commands, an illegal one is answered as the Conductor 3.32.3 reference server answers it and sends nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class WorkflowRecoveryTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Test
    void shouldRestartAnEndedWorkflowWith204AndRefuseARunningOrNonRestartableOne() {
        String failed = workflow(WorkflowStatus.FAILED, TaskStatus.FAILED);
        String running = workflow(WorkflowStatus.RUNNING, TaskStatus.SCHEDULED);
        String once = workflow(WorkflowStatus.COMPLETED, TaskStatus.COMPLETED, false);

        given().post("/api/workflow/" + failed + "/restart").then().statusCode(204);
        given().post("/api/workflow/" + running + "/restart").then().statusCode(409)
                .body("message", equalTo("Workflow: " + described(running, "RUNNING")
                        + " is not in terminal state, unable to restart."));
        given().post("/api/workflow/" + once + "/restart").then().statusCode(409)
                .body("message", equalTo("Workflow: " + described(once, "COMPLETED") + " is non-restartable"));

        RestartWorkflow restart = (RestartWorkflow) commands(failed).getFirst();
        assertNull(restart.latestDefinition());
        assertEquals(List.of(), commands(running));
        assertEquals(List.of(), commands(once));
    }

    @Test
    void shouldCarryTheLatestDefinitionWithItsTaskDefinitionsWhenAsked() {
        String workflowId = workflow(WorkflowStatus.TERMINATED, TaskStatus.CANCELED);
        String name = nameOf(workflowId);
        given().contentType(ContentType.JSON).body("[{\"name\":\"" + name + "_task\",\"retryCount\":5,"
                + "\"ownerEmail\":\"me@example.com\"}]").post("/api/metadata/taskdefs").then().statusCode(200);
        for (int version = 1; version <= 2; version++) {
            given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"version\":" + version
                    + ",\"ownerEmail\":\"me@example.com\",\"tasks\":[{\"name\":\"" + name + "_task\","
                    + "\"taskReferenceName\":\"v" + version + "\",\"type\":\"SIMPLE\"}]}")
                    .post("/api/metadata/workflow").then().statusCode(200);
        }

        given().queryParam("useLatestDefinitions", true).post("/api/workflow/" + workflowId + "/restart").then()
                .statusCode(204);

        RestartWorkflow restart = (RestartWorkflow) commands(workflowId).getFirst();
        assertEquals(2, restart.latestDefinition().getVersion());
        WorkflowTask task = restart.latestDefinition().getTasks().getFirst();
        assertEquals("v2", task.getTaskReferenceName());
        assertEquals(5, task.getTaskDefinition().getRetryCount());

        String unregistered = workflow(WorkflowStatus.FAILED, TaskStatus.FAILED);
        given().queryParam("useLatestDefinitions", true).post("/api/workflow/" + unregistered + "/restart").then()
                .statusCode(404).body("message", equalTo("Unable to find latest definition for " + unregistered));
    }

    @Test
    void shouldRetryAWorkflowWithAFailedTaskAndRefuseOneWithNothingToRetry() {
        String failed = workflow(WorkflowStatus.FAILED, TaskStatus.FAILED);
        String completed = workflow(WorkflowStatus.COMPLETED, TaskStatus.COMPLETED);
        String running = workflow(WorkflowStatus.RUNNING, TaskStatus.SCHEDULED);

        given().queryParam("resumeSubworkflowTasks", false).post("/api/workflow/" + failed + "/retry").then()
                .statusCode(204);
        given().post("/api/workflow/" + completed + "/retry").then().statusCode(409)
                .body("message", equalTo("There are no retryable tasks! Use restart if you want to attempt entire "
                        + "workflow execution again."));
        given().post("/api/workflow/" + running + "/retry").then().statusCode(409)
                .body("message", equalTo("Workflow is still running.  status=RUNNING"));

        assertEquals(List.of(RetryWorkflow.class), types(commands(failed)));
        assertEquals(List.of(), commands(completed));
    }

    @Test
    void shouldRerunFromATaskOfTheWorkflowAndAnswerItsId() {
        String workflowId = workflow(WorkflowStatus.COMPLETED, TaskStatus.COMPLETED);
        String taskId = taskIdOf(workflowId);

        given().contentType(ContentType.JSON).body(Map.of("reRunFromTaskId", taskId, "taskInput", Map.of("k", 1),
                        "workflowInput", Map.of("x", 2), "correlationId", "again"))
                .post("/api/workflow/" + workflowId + "/rerun").then().statusCode(200)
                .contentType(ContentType.TEXT).body(equalTo(workflowId));
        given().contentType(ContentType.JSON).body(Map.of("reRunFromTaskId", "nope"))
                .post("/api/workflow/" + workflowId + "/rerun").then().statusCode(400)
                .body("message", equalTo("Task nope not found"));
        given().post("/api/workflow/" + workflowId + "/rerun").then().statusCode(400)
                .body("message", equalTo("RerunWorkflowRequest cannot be null"));
        String running = workflow(WorkflowStatus.RUNNING, TaskStatus.SCHEDULED);
        given().contentType(ContentType.JSON).body("{}").post("/api/workflow/" + running + "/rerun").then()
                .statusCode(409).body("message", equalTo("Workflow: " + described(running, "RUNNING")
                        + " is not in terminal state, unable to rerun."));

        String forked = UUID.randomUUID().toString();
        Workflow fork = DeciderTables.workflow(forked, nameOf(forked), System.currentTimeMillis());
        fork.setStatus(WorkflowStatus.COMPLETED);
        WorkflowTask forkNode = node("fork");
        forkNode.setType("FORK_JOIN");
        forkNode.setForkTasks(List.of(List.of(node("left")), List.of(node("right"))));
        fork.getWorkflowDefinition().setTasks(List.of(forkNode));
        Task left = new Task();
        left.setTaskId(UUID.randomUUID().toString());
        left.setReferenceTaskName("left");
        left.setStatus(TaskStatus.COMPLETED);
        fork.getTasks().add(left);
        new DeciderTables(pool).insert(fork);
        given().contentType(ContentType.JSON).body(Map.of("reRunFromTaskId", left.getTaskId()))
                .post("/api/workflow/" + forked + "/rerun").then().statusCode(400)
                .body("message", equalTo("Rerun from task " + left.getTaskId() + " in a fork branch is not "
                        + "supported yet; rerun from the fork or a task before it"));
        assertEquals(List.of(), commands(forked));

        List<WorkflowCommand> sent = commands(workflowId);
        assertEquals(1, sent.size());
        RerunWorkflow rerun = (RerunWorkflow) sent.getFirst();
        assertEquals(taskId, rerun.reRunFromTaskId());
        assertEquals(Map.of("k", 1), rerun.taskInput());
        assertEquals(Map.of("x", 2), rerun.workflowInput());
        assertEquals("again", rerun.correlationId());
    }

    @Test
    void shouldSkipATaskNotScheduledYetWithOrWithoutABodyAndRefuseOthers() {
        String workflowId = workflow(WorkflowStatus.RUNNING, TaskStatus.SCHEDULED);

        given().contentType(ContentType.JSON).body(Map.of("taskOutput", Map.of("o", 1)))
                .put("/api/workflow/" + workflowId + "/skiptask/second").then().statusCode(200).body(emptyString());
        given().put("/api/workflow/" + workflowId + "/skiptask/second").then().statusCode(200);
        given().put("/api/workflow/" + workflowId + "/skiptask/first").then().statusCode(409)
                .body("message", equalTo("The task referenced first has already been processed, cannot be skipped"));
        given().put("/api/workflow/" + workflowId + "/skiptask/nope").then().statusCode(400)
                .body("message", equalTo("The task referenced by nope does not exist in the WorkflowDefinition "
                        + nameOf(workflowId)));
        String ended = workflow(WorkflowStatus.TERMINATED, TaskStatus.CANCELED);
        given().put("/api/workflow/" + ended + "/skiptask/second").then().statusCode(409)
                .body("message", equalTo("The workflow " + ended
                        + " is not running so the task referenced by second cannot be skipped"));

        List<WorkflowCommand> sent = commands(workflowId);
        assertEquals(List.of(SkipTask.class, SkipTask.class), types(sent));
        assertEquals(Map.of("o", 1), ((SkipTask) sent.getFirst()).taskOutput());
        assertEquals("second", ((SkipTask) sent.getFirst()).taskReferenceName());
    }

    @Test
    void shouldRemoveDecideAndResetCallbacksAsConductorAnswers() {
        String running = workflow(WorkflowStatus.RUNNING, TaskStatus.SCHEDULED);
        String ended = workflow(WorkflowStatus.FAILED, TaskStatus.FAILED);

        given().delete("/api/workflow/" + running + "/remove").then().statusCode(400)
                .body("message", equalTo("Cannot archive workflow: " + running + " with status: RUNNING"));
        given().queryParam("archiveWorkflow", false).delete("/api/workflow/" + running + "/remove").then()
                .statusCode(200).body(emptyString());
        given().delete("/api/workflow/" + ended + "/remove").then().statusCode(200);
        given().put("/api/workflow/decide/" + running).then().statusCode(200).body(emptyString());
        given().post("/api/workflow/" + running + "/resetcallbacks").then().statusCode(204);
        given().post("/api/workflow/" + ended + "/resetcallbacks").then().statusCode(409)
                .body("message", equalTo("Workflow is in terminal state. Status = FAILED"));
        String unknown = UUID.randomUUID().toString();
        given().put("/api/workflow/decide/" + unknown).then().statusCode(404)
                .body("message", equalTo("No such workflow found by id: " + unknown));

        assertEquals(List.of(RemoveWorkflow.class, DecideWorkflow.class, ResetCallbacks.class), types(commands(running)));
        assertEquals(List.of(RemoveWorkflow.class), types(commands(ended)));
    }

    @Test
    void shouldRestartAndRetryInBulkAnsweringPerWorkflow() {
        String failed = workflow(WorkflowStatus.FAILED, TaskStatus.FAILED);
        String completed = workflow(WorkflowStatus.COMPLETED, TaskStatus.COMPLETED, false);
        String unknown = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).body(List.of(failed, completed, unknown))
                .post("/api/workflow/bulk/restart").then().statusCode(200)
                .body("bulkSuccessfulResults", contains(failed))
                .body("bulkErrorResults." + completed, equalTo("Workflow: " + described(completed, "COMPLETED")
                        + " is non-restartable"))
                .body("bulkErrorResults." + unknown, equalTo("No such workflow found by id: " + unknown));
        given().contentType(ContentType.JSON).body(List.of(failed, completed))
                .post("/api/workflow/bulk/retry").then().statusCode(200)
                .body("bulkSuccessfulResults", contains(failed))
                .body("bulkErrorResults." + completed, equalTo("There are no retryable tasks! Use restart if you "
                        + "want to attempt entire workflow execution again."));
        given().contentType(ContentType.JSON).body(List.of(failed)).queryParam("useLatestDefinitions", true)
                .post("/api/workflow/bulk/restart").then().statusCode(200)
                .body("bulkSuccessfulResults", equalTo(List.of()))
                .body("bulkErrorResults." + failed, equalTo("Unable to find latest definition for " + failed));
        given().contentType(ContentType.JSON).body("[]").post("/api/workflow/bulk/retry").then().statusCode(400)
                .body("validationErrors[0].path", equalTo("retry.arg0"));
        given().contentType(ContentType.JSON).body(List.of(failed)).post("/api/workflow/bulk/retry").then()
                .statusCode(200).body("bulkErrorResults", anEmptyMap());

        assertEquals(List.of(RestartWorkflow.class, RetryWorkflow.class, RetryWorkflow.class), types(commands(failed)));
        assertEquals(List.of(), commands(completed));
    }

    /**
     * A workflow of two worker tasks, {@code first} (with the given status) and {@code second} (not scheduled), as
     * the decider writes it.
     */
    private String workflow(WorkflowStatus status, TaskStatus firstStatus) {
        return workflow(status, firstStatus, true);
    }

    private String workflow(WorkflowStatus status, TaskStatus firstStatus, boolean restartable) {
        String workflowId = UUID.randomUUID().toString();
        Workflow workflow = DeciderTables.workflow(workflowId, nameOf(workflowId), System.currentTimeMillis());
        workflow.setStatus(status);
        workflow.getWorkflowDefinition().setRestartable(restartable);
        workflow.getWorkflowDefinition().setTasks(new ArrayList<>(List.of(node("first"), node("second"))));
        Task first = new Task();
        first.setTaskId(UUID.randomUUID().toString());
        first.setReferenceTaskName("first");
        first.setTaskType("SIMPLE");
        first.setSeq(1);
        first.setStatus(firstStatus);
        workflow.getTasks().add(first);
        new DeciderTables(pool).insert(workflow);
        return workflowId;
    }

    private static WorkflowTask node(String ref) {
        WorkflowTask task = new WorkflowTask();
        task.setName("recovery_task");
        task.setTaskReferenceName(ref);
        return task;
    }

    private String taskIdOf(String workflowId) {
        return pool.preparedQuery("SELECT task_id FROM decider.task WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT)
                .iterator().next().getString(0);
    }

    private static String nameOf(String workflowId) {
        return "recovery_" + workflowId.substring(0, 8);
    }

    private static String described(String workflowId, String status) {
        return nameOf(workflowId) + ".1/" + workflowId + "." + status;
    }

    private List<WorkflowCommand> commands(String workflowId) {
        return new SentCommands(bootstrapServers).of(workflowId);
    }
}
