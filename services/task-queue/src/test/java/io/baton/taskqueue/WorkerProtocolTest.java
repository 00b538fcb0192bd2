package io.baton.taskqueue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conductor's worker protocol on real Kafka and PostgreSQL: tasks in from the decider, commands out to it. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class WorkerProtocolTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaProbe kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaProbe(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void shouldHandADispatchedTaskToAWorkerAndReportItsResultToTheDecider() {
        String taskType = unique("charge");
        Task task = dispatch(taskType, null);

        Response polled = pollUntilAvailable(taskType, null);
        assertEquals(task.getTaskId(), polled.path("taskId"));
        assertEquals("IN_PROGRESS", polled.path("status"));
        assertEquals("w1", polled.path("workerId"));
        assertEquals(1, (int) polled.path("pollCount"));
        assertEquals("card", polled.path("inputData.method"));

        given().contentType(ContentType.JSON).body(result(task, "COMPLETED", Map.of("paid", true)))
                .post("/api/tasks").then().statusCode(200).contentType(containsString("text/plain"))
                .body(equalTo(task.getTaskId()));

        List<WorkflowCommand> commands = commandsFor(task.getWorkflowInstanceId(), 2);
        RecordTaskPoll poll = (RecordTaskPoll) commands.get(0);
        assertEquals(task.getTaskId(), poll.taskId());
        assertEquals("w1", poll.workerId());
        ReportTaskResult report = (ReportTaskResult) commands.get(1);
        assertEquals(TaskResultStatus.COMPLETED, report.result().getStatus());
        assertEquals(Map.of("paid", true), report.result().getOutputData());

        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(204);
    }

    @Test
    void shouldOfferATaskDeliveredTwiceOnlyOnce() {
        String taskType = unique("twice");
        Task task = newTask(taskType);
        String dispatch = Json.write(new TaskScheduled(UUID.randomUUID().toString(), task.getWorkflowInstanceId(),
                taskType, System.currentTimeMillis(), task));
        kafka.send(Topics.TASK_DISPATCH, task.getWorkflowInstanceId(), dispatch);
        kafka.send(Topics.TASK_DISPATCH, task.getWorkflowInstanceId(), dispatch);

        pollUntilAvailable(taskType, null);
        given().queryParam("workerid", "w1").queryParam("count", 5).queryParam("timeout", 300)
                .get("/api/tasks/poll/batch/" + taskType).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldWakeAWaitingLongPollAsSoonAsATaskArrives() {
        String taskType = unique("long_poll");
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> given()
                .queryParam("workerid", "w2").queryParam("count", 2).queryParam("timeout", 5000)
                .get("/api/tasks/poll/batch/" + taskType));
        Awaitility.await().pollDelay(Duration.ofMillis(200)).until(() -> true);
        Task task = dispatch(taskType, null);

        // Woken by the arrival: well before the poll's own 5 s timeout would have ended it.
        Awaitility.await().atMost(Duration.ofSeconds(3)).until(waiting::isDone);
        waiting.join().then().statusCode(200).body("$", hasSize(1)).body("[0].taskId", equalTo(task.getTaskId()));
    }

    @Test
    void shouldRouteATaskToItsDomain() {
        String taskType = unique("routed");
        Task task = dispatch(taskType, "eu");

        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(204);
        assertEquals(task.getTaskId(), pollUntilAvailable(taskType, "eu").path("taskId"));
    }

    @Test
    void shouldPutATaskBackOnItsQueueWhenTheWorkerAsksForACallback() {
        String taskType = unique("callback");
        Task task = dispatch(taskType, null);
        pollUntilAvailable(taskType, null);

        Map<String, Object> inProgress = result(task, "IN_PROGRESS", Map.of("step", 1));
        inProgress.put("callbackAfterSeconds", 0);
        given().contentType(ContentType.JSON).body(inProgress).post("/api/tasks").then().statusCode(200);
        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(204);

        inProgress.put("callbackAfterSeconds", 1);
        given().contentType(ContentType.JSON).body(inProgress).post("/api/tasks").then().statusCode(200);
        assertEquals(task.getTaskId(), pollUntilAvailable(taskType, null).path("taskId"));
    }

    @Test
    void shouldRefuseBadUpdatesWithAClearError() {
        given().contentType(ContentType.JSON)
                .body(Map.of("workflowInstanceId", "wf", "taskId", UUID.randomUUID().toString(), "status", "COMPLETED"))
                .post("/api/tasks").then().statusCode(404).body("status", equalTo(404))
                .body("message", containsString("No such task"));
        given().contentType(ContentType.JSON).body("{\"taskId\": \"x\", ").post("/api/tasks").then()
                .statusCode(400).body("status", equalTo(400));
        given().contentType(ContentType.JSON).body(Map.of("workflowInstanceId", "wf", "status", "COMPLETED"))
                .post("/api/tasks").then().statusCode(400).body("message", containsString("taskId"));
        given().contentType(ContentType.JSON).body(Map.of("workflowInstanceId", "wf", "taskId", "t", "status", "DONE"))
                .post("/api/tasks").then().statusCode(400).body("status", equalTo(400));

        String taskType = unique("mismatch");
        Task task = dispatch(taskType, null);
        pollUntilAvailable(taskType, null);
        Map<String, Object> wrongWorkflow = result(task, "COMPLETED", Map.of());
        wrongWorkflow.put("workflowInstanceId", "another-workflow");
        given().contentType(ContentType.JSON).body(wrongWorkflow).post("/api/tasks").then()
                .statusCode(400).body("message", containsString(task.getWorkflowInstanceId()));
    }

    private Task dispatch(String taskType, String domain) {
        Task task = newTask(taskType);
        task.setDomain(domain);
        String queue = domain == null ? taskType : domain + ":" + taskType;
        kafka.send(Topics.TASK_DISPATCH, task.getWorkflowInstanceId(), Json.write(new TaskScheduled(
                UUID.randomUUID().toString(), task.getWorkflowInstanceId(), queue, System.currentTimeMillis(), task)));
        return task;
    }

    private static Task newTask(String taskType) {
        Task task = new Task();
        task.setTaskId(UUID.randomUUID().toString());
        task.setWorkflowInstanceId(UUID.randomUUID().toString());
        task.setTaskType(taskType);
        task.setTaskDefName(taskType);
        task.setReferenceTaskName(taskType + "_ref");
        task.setStatus(TaskStatus.SCHEDULED);
        task.setInputData(Map.of("method", "card"));
        task.setScheduledTime(System.currentTimeMillis());
        task.setResponseTimeoutSeconds(60);
        return task;
    }

    private static Map<String, Object> result(Task task, String status, Map<String, Object> output) {
        return new java.util.HashMap<>(Map.of("workflowInstanceId", task.getWorkflowInstanceId(),
                "taskId", task.getTaskId(), "status", status, "outputData", output, "workerId", "w1"));
    }

    private static Response pollUntilAvailable(String taskType, String domain) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
            var request = given().queryParam("workerid", "w1");
            if (domain != null) {
                request = request.queryParam("domain", domain);
            }
            return request.get("/api/tasks/poll/" + taskType);
        }, response -> response.statusCode() == 200);
    }

    private List<WorkflowCommand> commandsFor(String workflowId, int count) {
        return kafka.readUntil(Topics.COMMANDS, workflowId, WAIT, records -> records.size() >= count).stream()
                .map(record -> Json.read(record.value(), WorkflowCommand.class))
                .toList();
    }

    private static String unique(String name) {
        return name + "_" + UUID.randomUUID().toString().substring(0, 8);
    }
}
