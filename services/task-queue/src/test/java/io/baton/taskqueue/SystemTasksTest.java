package io.baton.taskqueue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.taskqueue.queue.QueueSignals;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.baton.taskqueue.systemtask.SystemTask;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * HTTP, KAFKA_PUBLISH and EVENT tasks dispatched as the decider dispatches them, run by task-queue against a real HTTP
 * server and the real broker, their results read back as the decider reads them from baton.commands.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class SystemTasksTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static HttpServer server;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Vertx vertx;

    @Inject
    QueuedTaskStore store;

    @Inject
    QueueSignals signals;

    @Inject
    Instance<SystemTask> systemTasks;

    @Test
    void shouldRunEveryTypeTheDeciderLeavesToTaskQueue() {
        Set<String> types = systemTasks.stream().map(SystemTask::type).collect(Collectors.toSet());

        assertEquals(Set.of(TaskType.HTTP, TaskType.KAFKA_PUBLISH, TaskType.EVENT), types);
        assertTrue(types.stream().allMatch(TaskType::isRunByTaskQueue));
    }

    @Test
    void shouldCallTheUriAndCompleteWithTheResponse() {
        Task task = dispatch(TaskType.HTTP, Map.of("http_request",
                Map.of("uri", serverUrl("/orders/7"), "method", "GET", "headers", Map.of("X-Trace", "t-1"))));

        List<WorkflowCommand> commands = commandsFor(task, 2);

        RecordTaskPoll poll = assertInstanceOf(RecordTaskPoll.class, commands.get(0), "claimed as a poll claims");
        assertEquals(task.getTaskId(), poll.taskId());
        assertNotNull(poll.workerId());
        TaskResult result = assertInstanceOf(ReportTaskResult.class, commands.get(1)).result();
        assertEquals(TaskResultStatus.COMPLETED, result.getStatus());
        assertEquals(poll.workerId(), result.getWorkerId());
        Map<?, ?> response = (Map<?, ?>) result.getOutputData().get("response");
        assertEquals(200, response.get("statusCode"));
        assertEquals("OK", response.get("reasonPhrase"));
        assertEquals(Map.of("id", 7, "trace", "t-1"), response.get("body"));
        assertEquals(List.of("application/json"), ((Map<?, ?>) response.get("headers")).get("Content-Type"));
    }

    @Test
    void shouldSendTheBodyAsJsonWithTheRequestAtTheTopLevelOfTheInput() {
        Task task = dispatch(TaskType.HTTP, Map.of("uri", serverUrl("/echo"), "method", "POST",
                "body", Map.of("amount", 12)));

        TaskResult result = reportFor(task);

        assertEquals(TaskResultStatus.COMPLETED, result.getStatus());
        Map<?, ?> response = (Map<?, ?>) result.getOutputData().get("response");
        assertEquals(201, response.get("statusCode"));
        assertEquals(Map.of("method", "POST", "contentType", "application/json", "body", "{\"amount\":12}"),
                response.get("body"));
    }

    @Test
    void shouldFailOnAnErrorStatusAnUnreachableServerOrASilentOne() {
        Task missing = dispatch(TaskType.HTTP, Map.of("uri", serverUrl("/missing"), "method", "GET"));
        Task refused = dispatch(TaskType.HTTP, Map.of("uri", "http://127.0.0.1:1/", "method", "GET"));
        Task silent = dispatch(TaskType.HTTP, Map.of("uri", serverUrl("/silent"), "method", "GET", "readTimeOut", 300));

        TaskResult notFound = reportFor(missing);
        assertEquals(TaskResultStatus.FAILED, notFound.getStatus());
        assertEquals("Failed to invoke HTTP task due to: 404 Not Found: no such order", notFound.getReasonForIncompletion());
        assertEquals(404, ((Map<?, ?>) notFound.getOutputData().get("response")).get("statusCode"));
        TaskResult unreachable = reportFor(refused);
        assertEquals(TaskResultStatus.FAILED, unreachable.getStatus());
        assertTrue(unreachable.getReasonForIncompletion().startsWith("Failed to invoke HTTP task due to: "),
                unreachable.getReasonForIncompletion());
        TaskResult timedOut = reportFor(silent);
        assertEquals(TaskResultStatus.FAILED, timedOut.getStatus());
        assertTrue(timedOut.getReasonForIncompletion().toLowerCase().contains("timeout"), timedOut.getReasonForIncompletion());
    }

    @Test
    void shouldRunNoMoreTasksAtOnceThanItsConcurrency() {
        // given: three calls that each take their whole read timeout, with two slots (the test profile's concurrency)
        String workflowId = UUID.randomUUID().toString();
        List<Task> calls = IntStream.range(0, 3).mapToObj(i -> {
            Task task = newTask(TaskType.HTTP, Map.of("uri", serverUrl("/silent"), "method", "GET", "readTimeOut", 1000));
            task.setWorkflowInstanceId(workflowId);
            offer(task, System.currentTimeMillis());
            return task;
        }).toList();

        // when they have all run
        List<WorkflowCommand> commands = commandsFor(calls.getFirst(), 2 * calls.size());

        // then the third was taken only once a slot came free
        List<Long> claims = commands.stream().filter(RecordTaskPoll.class::isInstance).map(WorkflowCommand::issuedAt)
                .sorted().toList();
        long firstReport = commands.stream().filter(ReportTaskResult.class::isInstance)
                .mapToLong(WorkflowCommand::issuedAt).min().orElseThrow();
        assertEquals(3, claims.size());
        assertTrue(claims.get(2) >= firstReport, "claims " + claims + ", first report " + firstReport);
    }

    @Test
    void shouldLeaveAnAsyncCompleteTaskInProgressForSomeoneElseToComplete() {
        Task task = dispatch(TaskType.HTTP, Map.of("uri", serverUrl("/orders/3"), "method", "GET", "asyncComplete", true));

        TaskResult called = reportFor(task);
        assertEquals(TaskResultStatus.IN_PROGRESS, called.getStatus());
        assertEquals(3, ((Map<?, ?>) ((Map<?, ?>) called.getOutputData().get("response")).get("body")).get("id"));

        // The queue still holds it for a worker's update, which reaches the decider as any update does.
        Awaitility.await().atMost(WAIT).until(() -> store.find(task.getTaskId()).await().atMost(WAIT)
                .map(queued -> "IN_PROGRESS".equals(queued.state())).orElse(false));
        given().contentType(ContentType.JSON).body(Map.of("workflowInstanceId", task.getWorkflowInstanceId(),
                "taskId", task.getTaskId(), "status", "COMPLETED")).post("/api/tasks").then().statusCode(200);
        ReportTaskResult completed = (ReportTaskResult) commandsFor(task, 3).get(2);
        assertEquals(TaskResultStatus.COMPLETED, completed.result().getStatus());
    }

    @Test
    void shouldPublishToKafkaAndCompleteOnceTheBrokerAcknowledges() {
        String topic = unique("orders");
        Task task = dispatch(TaskType.KAFKA_PUBLISH, Map.of("kafka_request", Map.of("bootStrapServers", bootstrapServers,
                "topic", topic, "key", "order-7", "value", Map.of("id", 7), "headers", Map.of("source", "baton"))));

        TaskResult result = reportFor(task);

        assertEquals(TaskResultStatus.COMPLETED, result.getStatus());
        ConsumerRecord<String, String> published = readBack(topic, "order-7");
        assertEquals("{\"id\":7}", published.value());
        assertArrayEquals("baton".getBytes(StandardCharsets.UTF_8), published.headers().lastHeader("source").value());
    }

    @Test
    void shouldFailAKafkaPublishWithoutATopicWithConductorsReason() {
        Task task = dispatch(TaskType.KAFKA_PUBLISH, Map.of("kafka_request",
                Map.of("bootStrapServers", bootstrapServers, "value", 1)));

        TaskResult result = reportFor(task);

        assertEquals(TaskResultStatus.FAILED, result.getStatus());
        assertTrue(result.getReasonForIncompletion().startsWith("Missing Kafka topic."), result.getReasonForIncompletion());
    }

    @Test
    void shouldPublishAnEventTasksMessageToItsTopicKeyedByTaskId() {
        String topic = unique("events");
        Map<String, Object> message = new LinkedHashMap<>(Map.of("orderId", "o-7", "sink", "kafka:" + topic,
                "workflowType", "shop", "event_produced", "kafka:" + topic));
        Task task = newTask(TaskType.EVENT, Map.of("orderId", "o-7", "sink", "kafka:" + topic));
        task.setOutputData(message);
        offer(task, System.currentTimeMillis());

        TaskResult result = reportFor(task);

        assertEquals(TaskResultStatus.COMPLETED, result.getStatus());
        assertEquals(message, result.getOutputData());
        assertEquals(message, Json.read(readBack(topic, task.getTaskId()).value(), Map.class));
    }

    @Test
    void shouldPublishAConductorEventOnTheConductorEventsTopicKeyedByWorkflowWithItsQueueAndTaskIdInHeaders() {
        Map<String, Object> message = new LinkedHashMap<>(Map.of("orderId", "o-8", "sink", "conductor",
                "workflowType", "shop", "event_produced", "conductor:shop:notify"));
        Task task = newTask(TaskType.EVENT, Map.of("orderId", "o-8", "sink", "conductor"));
        task.setOutputData(message);
        offer(task, System.currentTimeMillis());

        TaskResult result = reportFor(task);

        assertEquals(TaskResultStatus.COMPLETED, result.getStatus());
        ConsumerRecord<String, String> record = readBack(Topics.CONDUCTOR_EVENTS, task.getWorkflowInstanceId());
        assertEquals(message, Json.read(record.value(), Map.class));
        assertEquals("conductor:shop:notify", header(record, Topics.EVENT_NAME_HEADER));
        assertEquals(task.getTaskId(), header(record, Topics.MESSAGE_ID_HEADER));
    }

    @Test
    void shouldRunADelayedTaskOnceItIsDueWithoutAnotherArrival() {
        long visibleAfter = System.currentTimeMillis() + 1_500;
        Task task = newTask(TaskType.HTTP, Map.of("uri", serverUrl("/orders/1"), "method", "GET"));
        offer(task, visibleAfter);

        List<WorkflowCommand> commands = commandsFor(task, 2);

        assertTrue(commands.get(0).issuedAt() >= visibleAfter, "not claimed before it is visible");
        assertEquals(TaskResultStatus.COMPLETED, ((ReportTaskResult) commands.get(1)).result().getStatus());
    }

    @Test
    void shouldRunATaskAgainWhoseClaimLapsedWithoutAReport() {
        // given: an HTTP task another instance claimed for half a second and then never reported (it stopped)
        Task task = newTask(TaskType.HTTP, Map.of("uri", serverUrl("/orders/2"), "method", "GET"));
        store.offer(new TaskScheduled(UUID.randomUUID().toString(), task.getWorkflowInstanceId(), TaskType.HTTP,
                System.currentTimeMillis(), task)).await().atMost(WAIT);
        long claimedAt = System.currentTimeMillis();
        assertEquals(1, store.take(TaskType.HTTP, "stopped-instance", 1, claimedAt, 500L).await().atMost(WAIT).size());

        // when this instance looks at the queue (another task arrived)
        signals.taskArrived(TaskType.HTTP);

        // then it runs the task once the claim has lapsed
        List<WorkflowCommand> commands = commandsFor(task, 2);
        assertTrue(commands.get(0).issuedAt() >= claimedAt + 500, "not taken while the claim holds");
        assertEquals(TaskResultStatus.COMPLETED, ((ReportTaskResult) commands.get(1)).result().getStatus());
    }

    // --- the HTTP server the tasks call ---------------------------------------------------------------------------

    private String serverUrl(String path) {
        synchronized (SystemTasksTest.class) {
            if (server == null) {
                server = vertx.createHttpServer().requestHandler(SystemTasksTest::answer)
                        .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
            }
        }
        return "http://127.0.0.1:" + server.actualPort() + path;
    }

    private static void answer(HttpServerRequest request) {
        switch (request.path()) {
            case "/echo" -> request.body().onSuccess(body -> request.response().setStatusCode(201)
                    .putHeader("Content-Type", "application/json")
                    .end(Json.write(Map.of("method", request.method().name(),
                            "contentType", request.getHeader("Content-Type"), "body", body.toString()))));
            case "/missing" -> request.response().setStatusCode(404).end("no such order");
            case "/silent" -> {
                // Never answers: the caller's read timeout ends the call.
            }
            default -> request.response().putHeader("Content-Type", "application/json").end(Json.write(Map.of(
                    "id", Integer.parseInt(request.path().substring(request.path().lastIndexOf('/') + 1)),
                    "trace", String.valueOf(request.getHeader("X-Trace")))));
        }
    }

    // --- tasks in, commands and records out -----------------------------------------------------------------------

    private Task dispatch(String type, Map<String, Object> input) {
        Task task = newTask(type, input);
        offer(task, System.currentTimeMillis());
        return task;
    }

    /** As the decider dispatches a system task: on the queue named after its type. */
    private void offer(Task task, long visibleAfter) {
        kafka().send(Topics.TASK_DISPATCH, task.getWorkflowInstanceId(), Json.write(new TaskScheduled(
                UUID.randomUUID().toString(), task.getWorkflowInstanceId(), task.getTaskType(), visibleAfter, task)));
    }

    private static Task newTask(String type, Map<String, Object> input) {
        Task task = new Task();
        task.setTaskId(UUID.randomUUID().toString());
        task.setWorkflowInstanceId(UUID.randomUUID().toString());
        task.setTaskType(type);
        task.setTaskDefName(type.toLowerCase() + "_call");
        task.setReferenceTaskName(type.toLowerCase() + "_ref");
        task.setStatus(TaskStatus.SCHEDULED);
        task.setInputData(new LinkedHashMap<>(input));
        task.setScheduledTime(System.currentTimeMillis());
        return task;
    }

    private TaskResult reportFor(Task task) {
        return ((ReportTaskResult) commandsFor(task, 2).get(1)).result();
    }

    private List<WorkflowCommand> commandsFor(Task task, int count) {
        return kafka().readUntil(Topics.COMMANDS, task.getWorkflowInstanceId(), WAIT, records -> records.size() >= count)
                .stream().map(record -> Json.read(record.value(), WorkflowCommand.class)).toList();
    }

    private ConsumerRecord<String, String> readBack(String topic, String key) {
        return kafka().readUntil(topic, key, WAIT, records -> !records.isEmpty()).getFirst();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String unique(String name) {
        return name + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private KafkaProbe kafka() {
        return KafkaProbe.shared(bootstrapServers);
    }
}
