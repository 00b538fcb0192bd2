package io.baton.taskqueue;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.TasksRemoved;
import io.baton.model.messaging.Topics;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Reading tasks, their logs and queue sizes on real PostgreSQL (and Kafka for the result a worker reports). */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class TaskReadTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    Pool pool;

    @Inject
    QueuedTaskStore queue;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldAnswerATaskAsTheDeciderLastWroteIt() {
        Task task = newTask(unique("stored"));
        task.setStatus(TaskStatus.COMPLETED);
        task.setOutputData(Map.of("paid", true));
        DeciderTaskTable.store(pool, task);

        given().get("/api/tasks/" + task.getTaskId()).then().statusCode(200)
                .body("taskId", equalTo(task.getTaskId()))
                .body("workflowInstanceId", equalTo(task.getWorkflowInstanceId()))
                .body("status", equalTo("COMPLETED"))
                .body("outputData.paid", equalTo(true));
        given().get("/api/tasks/no-such-task").then().statusCode(404)
                .body("status", equalTo(404))
                .body("message", equalTo("Task not found for taskId: no-such-task"));
    }

    @Test
    void shouldKeepLogLinesPostedOrReportedWithAResultInTimeOrder() {
        String taskType = unique("logged");
        Task task = offer(taskType, null);
        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(200);

        // The body is the line, verbatim, whatever content type the client says it is.
        given().contentType(ContentType.TEXT).body("first line").post("/api/tasks/" + task.getTaskId() + "/log")
                .then().statusCode(200).body(emptyString());
        given().contentType(ContentType.JSON).body("not JSON").post("/api/tasks/" + task.getTaskId() + "/log")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("workflowInstanceId", task.getWorkflowInstanceId(),
                        "taskId", task.getTaskId(), "status", "IN_PROGRESS", "callbackAfterSeconds", 60,
                        "logs", List.of(Map.of("log", "from the result", "createdTime", 5))))
                .post("/api/tasks").then().statusCode(200);

        given().get("/api/tasks/" + task.getTaskId() + "/log").then().statusCode(200)
                .body("log", contains("from the result", "first line", "not JSON"))
                .body("taskId", contains(task.getTaskId(), task.getTaskId(), task.getTaskId()))
                .body("[0].createdTime", equalTo(5));
    }

    @Test
    void shouldDeleteTheLogLinesOfTasksTheDeciderDeleted() {
        // given: lines for three tasks of one workflow
        String workflowId = UUID.randomUUID().toString();
        List<String> taskIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        taskIds.forEach(taskId -> given().contentType(ContentType.TEXT).body("line of " + taskId)
                .post("/api/tasks/" + taskId + "/log").then().statusCode(200));

        // when: the decider says two of them are gone (a restart dropped them, or the workflow was removed)
        KafkaProbe.shared(bootstrapServers).send(Topics.TASK_DISPATCH, workflowId, Json.write(
                new TasksRemoved(UUID.randomUUID().toString(), workflowId, taskIds.subList(0, 2))));

        // then
        await().atMost(WAIT).untilAsserted(() -> taskIds.subList(0, 2).forEach(taskId ->
                given().get("/api/tasks/" + taskId + "/log").then().statusCode(204)));
        given().get("/api/tasks/" + taskIds.get(2) + "/log").then().statusCode(200)
                .body("log", contains("line of " + taskIds.get(2)));
    }

    @Test
    void shouldAnswer204ForATaskWithoutLogLinesAnd400ForAnEmptyLine() {
        given().get("/api/tasks/" + UUID.randomUUID() + "/log").then().statusCode(204);
        given().contentType(ContentType.TEXT).post("/api/tasks/" + UUID.randomUUID() + "/log").then().statusCode(400)
                .body("message", equalTo("The log line (the request body) is required"));
    }

    @Test
    void shouldCountTheTasksWaitingInEachQueue() {
        String taskType = unique("counted");
        offer(taskType, null);
        offer(taskType, null);
        offer(taskType, "eu");
        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(200);
        String absent = unique("absent");

        given().queryParam("taskType", taskType).queryParam("taskType", absent).get("/api/tasks/queue/sizes")
                .then().statusCode(200)
                .body(taskType, equalTo(1)).body(absent, equalTo(0));
        given().queryParam("taskType", taskType).get("/api/tasks/queue/size").then().statusCode(200)
                .body(equalTo("1"));
        given().queryParam("taskType", taskType).queryParam("domain", "eu").get("/api/tasks/queue/size").then()
                .statusCode(200).body(equalTo("1"));
        given().get("/api/tasks/queue/all").then().statusCode(200)
                .body("'" + taskType + "'", equalTo(1)).body("'eu:" + taskType + "'", equalTo(1));
        given().get("/api/tasks/queue/all/verbose").then().statusCode(200)
                .body("'" + taskType + "'.a.size", equalTo(1)).body("'" + taskType + "'.a.uacked", equalTo(1));
        given().get("/api/tasks/queue/ages").then().statusCode(200)
                .body("'" + taskType + "'.depth", equalTo(1))
                .body("'" + taskType + "'.oldestAgeSeconds", greaterThanOrEqualTo(0f));
        given().get("/api/tasks/queue/size").then().statusCode(400).body("message", equalTo("taskType is required"));
    }

    private Task offer(String queueType, String domain) {
        Task task = newTask(queueType);
        String queueName = domain == null ? queueType : domain + ":" + queueType;
        queue.offer(new TaskScheduled(UUID.randomUUID().toString(), task.getWorkflowInstanceId(), queueName,
                System.currentTimeMillis(), task)).await().atMost(WAIT);
        return task;
    }

    private static Task newTask(String taskType) {
        Task task = new Task();
        task.setTaskId(UUID.randomUUID().toString());
        task.setWorkflowInstanceId(UUID.randomUUID().toString());
        task.setTaskType(taskType);
        task.setTaskDefName(taskType);
        task.setReferenceTaskName(taskType + "_ref");
        task.setSeq(1);
        task.setStatus(TaskStatus.SCHEDULED);
        return task;
    }

    private static String unique(String name) {
        return name + "_" + UUID.randomUUID().toString().replace("-", "");
    }
}
