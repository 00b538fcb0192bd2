package io.baton.taskqueue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Conductor's /api/queue status queues and /api/admin/task pending tasks, on real Kafka and PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class QueueAdminTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Inject
    QueuedTaskStore queue;

    @Test
    void shouldCompleteAPendingTaskByReferenceNameWithTheBodyAndTheExternalIdInItsOutput() {
        Task wait = DeciderTaskTable.inProgress(pool, UUID.randomUUID().toString(), TaskType.WAIT, "hold", 1);

        given().contentType(ContentType.JSON).body(Map.of("answer", 42))
                .post("/api/queue/update/" + wait.getWorkflowInstanceId() + "/hold/COMPLETED")
                .then().statusCode(200).body(emptyString());

        ReportTaskResult report = reportFor(wait.getWorkflowInstanceId());
        assertEquals(wait.getTaskId(), report.result().getTaskId());
        assertEquals(TaskResultStatus.COMPLETED, report.result().getStatus());
        assertEquals(42, report.result().getOutputData().get("answer"));
        assertEquals(Map.of("workflowId", wait.getWorkflowInstanceId(), "taskRefName", "hold"),
                Json.read((String) report.result().getOutputData().get("externalId"), Map.class));
    }

    @Test
    void shouldFailAPendingTaskById() {
        Task human = DeciderTaskTable.inProgress(pool, UUID.randomUUID().toString(), TaskType.HUMAN, "approve", 1);

        given().contentType(ContentType.JSON).body(Map.of("why", "no"))
                .post("/api/queue/update/" + human.getWorkflowInstanceId() + "/task/" + human.getTaskId() + "/FAILED")
                .then().statusCode(200);

        ReportTaskResult report = reportFor(human.getWorkflowInstanceId());
        assertEquals(human.getTaskId(), report.result().getTaskId());
        assertEquals(TaskResultStatus.FAILED, report.result().getStatus());
        assertEquals("no", report.result().getOutputData().get("why"));
    }

    @Test
    void shouldRefuseAStatusWithoutAQueueAndATaskThatIsNotPending() {
        Task human = DeciderTaskTable.inProgress(pool, UUID.randomUUID().toString(), TaskType.HUMAN, "approve", 1);
        String workflowId = human.getWorkflowInstanceId();

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/queue/update/" + workflowId + "/approve/CANCELED")
                .then().statusCode(400).body("message", equalTo("There is no queue for handling CANCELED status"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/queue/update/" + workflowId + "/nope/COMPLETED")
                .then().statusCode(404)
                .body("message", equalTo("Found no pending task with reference name nope in workflow " + workflowId));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/queue/update/" + workflowId + "/task/t-1/FAILED")
                .then().statusCode(404)
                .body("message", equalTo("Found no pending task with id t-1 in workflow " + workflowId));
    }

    @Test
    void shouldNameTheStatusQueuesAndFindThemEmpty() {
        given().get("/api/queue/").then().statusCode(200)
                .body("COMPLETED", equalTo("baton_notify_COMPLETED")).body("FAILED", equalTo("baton_notify_FAILED"));
        given().get("/api/queue/size").then().statusCode(200)
                .body("baton_notify_COMPLETED", equalTo(0)).body("baton_notify_FAILED", equalTo(0));
    }

    @Test
    void shouldListThePendingTasksOfADefinitionOldestFirstAPageAtATime() {
        String taskType = "pending_" + UUID.randomUUID().toString().replace("-", "");
        Task first = queued(taskType, 1);
        Task second = queued(taskType, 2);
        Task third = queued(taskType, 3);
        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(200);
        DeciderTaskTable.setStatus(pool, first, TaskStatus.IN_PROGRESS);

        given().get("/api/admin/task/" + taskType).then().statusCode(200)
                .body("taskId", contains(first.getTaskId(), second.getTaskId(), third.getTaskId()))
                .body("status", contains("IN_PROGRESS", "SCHEDULED", "SCHEDULED"));
        given().queryParam("start", 1).queryParam("count", 1).get("/api/admin/task/" + taskType).then().statusCode(200)
                .body("taskId", contains(second.getTaskId()));
        given().queryParam("count", -1).get("/api/admin/task/" + taskType).then().statusCode(400);
    }

    /** A task the decider scheduled and handed to task-queue. */
    private Task queued(String taskType, int seq) {
        Task task = DeciderTaskTable.inProgress(pool, UUID.randomUUID().toString(), taskType, taskType + "_ref", seq);
        DeciderTaskTable.setStatus(pool, task, TaskStatus.SCHEDULED);
        queue.offer(new TaskScheduled(UUID.randomUUID().toString(), task.getWorkflowInstanceId(), taskType,
                System.currentTimeMillis(), task)).await().atMost(WAIT);
        return task;
    }

    private ReportTaskResult reportFor(String workflowId) {
        return (ReportTaskResult) KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.COMMANDS, workflowId, WAIT, records -> !records.isEmpty()).stream()
                .map(record -> Json.read(record.value(), WorkflowCommand.class))
                .findFirst().orElseThrow();
    }
}
