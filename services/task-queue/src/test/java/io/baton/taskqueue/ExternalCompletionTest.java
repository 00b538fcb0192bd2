package io.baton.taskqueue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A task completed from outside its worker, by reference name or by a signal, on real Kafka and PostgreSQL. No decider
 * runs here: where an answer waits for the decider, the test writes what the decider would.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class ExternalCompletionTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Test
    void shouldReportTheOutputOverThePendingTaskWithThatReferenceName() {
        String workflowId = runningWorkflow();
        Task human = DeciderTaskTable.inProgress(pool, workflowId, TaskType.HUMAN, "approve", 1);
        human.setOutputData(Map.of("asked", "boss"));
        DeciderTaskTable.setStatus(pool, human, TaskStatus.IN_PROGRESS);

        given().contentType(ContentType.JSON).queryParam("workerid", "w9").body(Map.of("approved", true))
                .post("/api/tasks/" + workflowId + "/approve/COMPLETED")
                .then().statusCode(200).body(equalTo(human.getTaskId()));

        ReportTaskResult report = (ReportTaskResult) commandsFor(workflowId, 1).getFirst();
        assertEquals(human.getTaskId(), report.result().getTaskId());
        assertEquals(TaskResultStatus.COMPLETED, report.result().getStatus());
        assertEquals(Map.of("asked", "boss", "approved", true), report.result().getOutputData());
        assertEquals("w9", report.result().getWorkerId());
    }

    @Test
    void shouldFindALoopIterationsTaskByTheReferenceNameWithoutItsIteration() {
        String workflowId = runningWorkflow();
        Task first = DeciderTaskTable.inProgress(pool, workflowId, TaskType.WAIT, "check__1", 1);
        DeciderTaskTable.setStatus(pool, first, TaskStatus.COMPLETED);
        Task second = DeciderTaskTable.inProgress(pool, workflowId, TaskType.WAIT, "check__2", 2);

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/tasks/" + workflowId + "/check/FAILED")
                .then().statusCode(200).body(equalTo(second.getTaskId()));
        assertEquals(TaskResultStatus.FAILED,
                ((ReportTaskResult) commandsFor(workflowId, 1).getFirst()).result().getStatus());
    }

    @Test
    void shouldAnswer404WithoutSuchAPendingTaskAnd400ForAStatusNoResultHas() {
        String workflowId = runningWorkflow();
        DeciderTaskTable.inProgress(pool, workflowId, TaskType.HUMAN, "approve", 1);

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/tasks/" + workflowId + "/nope/COMPLETED")
                .then().statusCode(404)
                .body("message", equalTo("Found no running task nope of workflow " + workflowId + " to update"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/tasks/" + workflowId + "/approve/DONE")
                .then().statusCode(400).body("message", containsString("Invalid task status: DONE"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/tasks/" + workflowId + "/COMPLETED/signal")
                .then().statusCode(404)
                .body("message", equalTo("Found no blocked task in workflow " + workflowId + " to signal"));
    }

    @Test
    void shouldAnswerTheWorkflowOnceTheDeciderHasAppliedAnUpdateByReferenceName() {
        String workflowId = runningWorkflow();
        Task human = DeciderTaskTable.inProgress(pool, workflowId, TaskType.HUMAN, "approve", 1);

        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body(Map.of("approved", true)).post("/api/tasks/" + workflowId + "/approve/COMPLETED/sync"));
        applyAsTheDecider(workflowId, human, TaskStatus.COMPLETED, WorkflowStatus.COMPLETED);

        answer.join().then().statusCode(200)
                .body("workflowId", equalTo(workflowId))
                .body("status", equalTo("COMPLETED"))
                .body("tasks[0].taskId", equalTo(human.getTaskId()))
                .body("tasks[0].status", equalTo("COMPLETED"));
    }

    @Test
    void shouldSignalTheWaitTaskOfARunningSubWorkflow() {
        String parentId = runningWorkflow();
        String childId = runningWorkflow();
        Task subWorkflow = DeciderTaskTable.inProgress(pool, parentId, TaskType.SUB_WORKFLOW, "child", 1);
        subWorkflow.setSubWorkflowId(childId);
        DeciderTaskTable.setStatus(pool, subWorkflow, TaskStatus.IN_PROGRESS);
        Task wait = DeciderTaskTable.inProgress(pool, childId, TaskType.WAIT, "hold", 1);

        given().contentType(ContentType.JSON).body(Map.of("answer", 42)).post("/api/tasks/" + parentId + "/COMPLETED/signal")
                .then().statusCode(200).body(emptyString());

        ReportTaskResult report = (ReportTaskResult) commandsFor(childId, 1).getFirst();
        assertEquals(wait.getTaskId(), report.result().getTaskId());
        assertEquals(Map.of("answer", 42), report.result().getOutputData());
    }

    @Test
    void shouldAnswerASyncSignalPerItsReturnStrategyOnceTheWorkflowSettles() {
        String workflowId = runningWorkflow();
        Task wait = DeciderTaskTable.inProgress(pool, workflowId, TaskType.WAIT, "hold", 1);

        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .queryParam("returnStrategy", "TARGET_WORKFLOW").body(Map.of("answer", 42))
                .post("/api/tasks/" + workflowId + "/COMPLETED/signal/sync"));
        applyAsTheDecider(workflowId, wait, TaskStatus.COMPLETED, WorkflowStatus.COMPLETED);

        answer.join().then().statusCode(200)
                .body("responseType", equalTo("TARGET_WORKFLOW"))
                .body("targetWorkflowId", equalTo(workflowId))
                .body("targetWorkflowStatus", equalTo("COMPLETED"))
                .body("workflowId", equalTo(workflowId))
                .body("status", equalTo("COMPLETED"))
                .body("signalTimeout", equalTo(false))
                .body("tasks[0].status", equalTo("COMPLETED"));
    }

    @Test
    void shouldAnswerTheWorkflowAsItIsWithSignalTimeoutWhenTheDeciderHasNotAppliedTheSignalInTime() {
        String workflowId = runningWorkflow();
        DeciderTaskTable.inProgress(pool, workflowId, TaskType.WAIT, "hold", 1);

        given().contentType(ContentType.JSON).queryParam("timeoutMillis", 200).body(Map.of())
                .post("/api/tasks/" + workflowId + "/COMPLETED/signal/sync")
                .then().statusCode(200)
                .body("signalTimeout", equalTo(true))
                .body("status", equalTo("RUNNING"))
                .body("tasks[0].status", equalTo("IN_PROGRESS"));
        given().contentType(ContentType.JSON).queryParam("returnStrategy", "EVERYTHING").body(Map.of())
                .post("/api/tasks/" + workflowId + "/COMPLETED/signal/sync")
                .then().statusCode(400).body("message", containsString("Invalid returnStrategy: EVERYTHING"));
    }

    /** Waits for the result on Kafka, then writes its effects and marks it applied, as the decider would. */
    private void applyAsTheDecider(String workflowId, Task task, TaskStatus taskStatus, WorkflowStatus workflowStatus) {
        ReportTaskResult report = (ReportTaskResult) commandsFor(workflowId, 1).getFirst();
        DeciderTaskTable.setStatus(pool, task, taskStatus);
        Workflow workflow = new Workflow();
        workflow.setWorkflowId(workflowId);
        workflow.setStatus(workflowStatus);
        DeciderTaskTable.store(pool, workflow);
        DeciderTaskTable.applied(pool, report.commandId(), workflowId);
    }

    private String runningWorkflow() {
        Workflow workflow = new Workflow();
        workflow.setWorkflowId(UUID.randomUUID().toString());
        workflow.setStatus(WorkflowStatus.RUNNING);
        DeciderTaskTable.store(pool, workflow);
        return workflow.getWorkflowId();
    }

    private List<WorkflowCommand> commandsFor(String workflowId, int count) {
        return KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.COMMANDS, workflowId, WAIT, records -> records.size() >= count).stream()
                .map(record -> Json.read(record.value(), WorkflowCommand.class))
                .toList();
    }
}
