package io.baton.taskqueue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowTask;
import io.baton.taskqueue.queue.FinishedTaskRetention;
import io.baton.taskqueue.queue.QueueSignals;
import io.baton.taskqueue.queue.QueuedTaskStore;
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
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conductor's worker protocol on real Kafka and PostgreSQL: tasks in from the decider, commands out to it. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class WorkerProtocolTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    QueueSignals signals;

    @Inject
    Pool pool;

    @Inject
    QueuedTaskStore store;

    @Inject
    FinishedTaskRetention retention;

    @BeforeEach
    void deciderTable() {
        // An update of a task on no queue is looked up in the decider's table.
        DeciderTaskTable.ensure(pool);
    }


    @Test
    void shouldHandADispatchedTaskToAWorkerAndReportItsResultToTheDecider() {
        String taskType = unique("charge");
        Task task = dispatch(taskType, null);

        Response polled = WorkerPolls.untilAvailable(taskType, null);
        assertEquals(task.getTaskId(), polled.path("taskId"));
        assertEquals("IN_PROGRESS", polled.path("status"));
        assertEquals("w1", polled.path("workerId"));
        assertEquals(1, (int) polled.path("pollCount"));
        assertEquals("card", polled.path("inputData.method"));

        given().contentType(ContentType.JSON).body(result(task, "COMPLETED", Map.of("paid", true)))
                .post("/api/tasks").then().statusCode(200).contentType(containsString("text/plain"))
                .body(equalTo(task.getTaskId()));

        // A worker retrying its update hears success again, as from Conductor.
        given().contentType(ContentType.JSON).body(result(task, "COMPLETED", Map.of("paid", true)))
                .post("/api/tasks").then().statusCode(200).body(equalTo(task.getTaskId()));

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
    void shouldHandTheNextTaskOfItsTypeToAWorkerThatFinishesOneThroughUpdateV2() {
        String taskType = unique("v2");
        Task first = dispatch(taskType, null);
        WorkerPolls.untilAvailable(taskType, null);
        Task second = dispatch(taskType, null);
        Awaitility.await().atMost(WAIT).until(() -> given().queryParam("taskType", taskType)
                .get("/api/tasks/queue/size").then().extract().asString().equals("1"));

        given().contentType(ContentType.JSON).body(result(first, "COMPLETED", Map.of())).post("/api/tasks/update-v2")
                .then().statusCode(200)
                .body("taskId", equalTo(second.getTaskId()))
                .body("status", equalTo("IN_PROGRESS"))
                .body("workerId", equalTo("w1"));
        // Still in progress: the worker goes on with this task and gets no other.
        given().contentType(ContentType.JSON).body(result(second, "IN_PROGRESS", Map.of())).post("/api/tasks/update-v2")
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body(result(second, "COMPLETED", Map.of())).post("/api/tasks/update-v2")
                .then().statusCode(204);

        List<WorkflowCommand> commands = commandsFor(second.getWorkflowInstanceId(), 3);
        assertEquals(List.of(RecordTaskPoll.class, ReportTaskResult.class, ReportTaskResult.class),
                commands.stream().map(Object::getClass).toList());
    }

    @Test
    void shouldOfferATaskDeliveredTwiceOnlyOnce() {
        String taskType = unique("twice");
        Task task = newTask(taskType);
        String dispatch = Json.write(new TaskScheduled(UUID.randomUUID().toString(), task.getWorkflowInstanceId(),
                taskType, System.currentTimeMillis(), task));
        kafka().send(Topics.TASK_DISPATCH, task.getWorkflowInstanceId(), dispatch);
        kafka().send(Topics.TASK_DISPATCH, task.getWorkflowInstanceId(), dispatch);

        WorkerPolls.untilAvailable(taskType, null);
        given().queryParam("workerid", "w1").queryParam("count", 5).queryParam("timeout", 300)
                .get("/api/tasks/poll/batch/" + taskType).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldOfferAFinishedTaskAgainWhenItIsScheduledAnewAsARerunDoes() {
        String taskType = unique("rerun");
        Task task = dispatch(taskType, null);
        WorkerPolls.untilAvailable(taskType, null);
        given().contentType(ContentType.JSON).body(result(task, "COMPLETED", Map.of())).post("/api/tasks").then()
                .statusCode(200);
        offer(task);
        task.setScheduledTime(task.getScheduledTime() + 1_000);
        task.setInputData(Map.of("method", "cash"));
        offer(task);

        Response again = WorkerPolls.untilAvailable(taskType, null);
        assertEquals(task.getTaskId(), again.path("taskId"));
        assertEquals("cash", again.path("inputData.method"));
        assertEquals(1, (int) again.path("pollCount"));
        given().queryParam("workerid", "w1").queryParam("count", 5).queryParam("timeout", 300)
                .get("/api/tasks/poll/batch/" + taskType).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldBringATaskWaitingOutItsDelayForwardWhenOfferedVisibleEarlier() {
        String taskType = unique("reset");
        Task task = newTask(taskType);
        long now = System.currentTimeMillis();
        kafka().send(Topics.TASK_DISPATCH, task.getWorkflowInstanceId(), Json.write(new TaskScheduled(
                UUID.randomUUID().toString(), task.getWorkflowInstanceId(), taskType, now + 600_000, task)));
        kafka().send(Topics.TASK_DISPATCH, task.getWorkflowInstanceId(), Json.write(new TaskScheduled(
                UUID.randomUUID().toString(), task.getWorkflowInstanceId(), taskType, now, task)));

        assertEquals(task.getTaskId(), WorkerPolls.untilAvailable(taskType, null).path("taskId"));
    }

    @Test
    void shouldWakeAWaitingLongPollAsSoonAsATaskArrives() {
        String taskType = unique("long_poll");
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> given()
                .queryParam("workerid", "w2").queryParam("count", 2).queryParam("timeout", 5000)
                .get("/api/tasks/poll/batch/" + taskType));
        Awaitility.await().atMost(WAIT).until(() -> signals.isWatched(taskType));
        Task task = dispatch(taskType, null);

        // Woken by the arrival: well before the poll's own 5 s timeout would have ended it.
        Awaitility.await().atMost(Duration.ofSeconds(3)).until(waiting::isDone);
        waiting.join().then().statusCode(200).body("$", hasSize(1)).body("[0].taskId", equalTo(task.getTaskId()));
    }

    @Test
    void shouldAnswerBatchPollsAsConductorDoes() {
        String taskType = unique("batch");
        given().queryParam("workerid", "w1").get("/api/tasks/poll/batch/" + taskType).then().statusCode(200)
                .body("$", hasSize(0));
        given().queryParam("count", 0).get("/api/tasks/poll/batch/" + taskType).then().statusCode(200)
                .body("$", hasSize(0));
        given().queryParam("timeout", 5001).get("/api/tasks/poll/batch/" + taskType).then().statusCode(400)
                .body("status", equalTo(400)).body("message", containsString("5 seconds"));
    }

    @Test
    void shouldRouteATaskToItsDomain() {
        String taskType = unique("routed");
        Task task = dispatch(taskType, "eu");

        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(204);
        assertEquals(task.getTaskId(), WorkerPolls.untilAvailable(taskType, "eu").path("taskId"));
    }

    @Test
    void shouldOfferATaskInProgressAgainAfterItsCallbackWithTheReportedOutput() {
        String taskType = unique("callback");
        Task task = dispatch(taskType, null);
        long firstStart = WorkerPolls.untilAvailable(taskType, null).path("startTime");

        // Conductor puts a task the worker reports IN_PROGRESS back on its queue, callbackAfterSeconds later.
        Map<String, Object> inProgress = result(task, "IN_PROGRESS", Map.of("step", 1));
        inProgress.put("callbackAfterSeconds", 0);
        given().contentType(ContentType.JSON).body(inProgress).post("/api/tasks").then().statusCode(200);
        given().queryParam("workerid", "w2").get("/api/tasks/poll/" + taskType).then().statusCode(200)
                .body("taskId", equalTo(task.getTaskId())).body("workerId", equalTo("w2"))
                .body("pollCount", equalTo(2)).body("startTime", equalTo(firstStart))
                .body("outputData.step", equalTo(1));

        inProgress.put("callbackAfterSeconds", 1);
        given().contentType(ContentType.JSON).body(inProgress).post("/api/tasks").then().statusCode(200);
        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(204);
        assertEquals(task.getTaskId(), WorkerPolls.untilAvailable(taskType, null).path("taskId"));
    }

    @Test
    void shouldKeepALeasedTaskFromOtherWorkersWhenItsLeaseIsExtended() {
        String taskType = unique("lease");
        Task task = dispatch(taskType, null);
        WorkerPolls.untilAvailable(taskType, null);

        Map<String, Object> extend = result(task, "IN_PROGRESS", Map.of());
        extend.put("extendLease", true);
        given().contentType(ContentType.JSON).body(extend).post("/api/tasks").then().statusCode(200)
                .body(equalTo(task.getTaskId()));
        given().queryParam("workerid", "w2").get("/api/tasks/poll/" + taskType).then().statusCode(204);
    }

    @Test
    void shouldNotOfferAPolledTaskAgainWhenItsWorkerGoesSilent() {
        String taskType = unique("silent");
        Task task = newTask(taskType);
        task.setResponseTimeoutSeconds(1);
        offer(task);
        WorkerPolls.untilAvailable(taskType, null);

        // The decider times the task out and offers a new attempt as a new task; this one stays with its worker.
        Awaitility.await().during(Duration.ofMillis(1_500)).atMost(WAIT).until(() -> given().queryParam("workerid", "w2")
                .get("/api/tasks/poll/" + taskType).statusCode() == 204);
    }

    @Test
    void shouldPassOnAnUpdateOfATaskOnNoQueueSuchAsAWaitOrHumanTask() {
        Task human = decidersTask(TaskType.HUMAN, TaskStatus.IN_PROGRESS);
        Task finished = decidersTask(TaskType.WAIT, TaskStatus.COMPLETED);
        Task workerTaskNotQueuedYet = decidersTask("some_worker_task", TaskStatus.SCHEDULED);

        given().contentType(ContentType.JSON).body(result(human, "COMPLETED", Map.of("ok", true))).post("/api/tasks")
                .then().statusCode(200).body(equalTo(human.getTaskId()));
        given().contentType(ContentType.JSON).body(result(finished, "COMPLETED", Map.of())).post("/api/tasks")
                .then().statusCode(200).body(equalTo(finished.getTaskId()));
        given().contentType(ContentType.JSON).body(result(workerTaskNotQueuedYet, "COMPLETED", Map.of()))
                .post("/api/tasks").then().statusCode(404).body("message", containsString("No such task"));
        Map<String, Object> wrongWorkflow = result(human, "COMPLETED", Map.of());
        wrongWorkflow.put("workflowInstanceId", "another-workflow");
        given().contentType(ContentType.JSON).body(wrongWorkflow).post("/api/tasks").then().statusCode(400);

        ReportTaskResult report = (ReportTaskResult) commandsFor(human.getWorkflowInstanceId(), 1).getFirst();
        assertEquals(human.getTaskId(), report.result().getTaskId());
        assertEquals(Map.of("ok", true), report.result().getOutputData());
        PauseWorkflow marker = new PauseWorkflow(UUID.randomUUID().toString(), finished.getWorkflowInstanceId(),
                System.currentTimeMillis());
        kafka().send(Topics.COMMANDS, marker.workflowId(), Json.write(marker));
        assertEquals(List.of(PauseWorkflow.class), commandsFor(finished.getWorkflowInstanceId(), 1).stream()
                .map(Object::getClass).toList(), "an update of a finished task reaches no one");
    }

    /** A task the decider wrote and never dispatched. */
    private Task decidersTask(String type, TaskStatus status) {
        Task task = newTask(unique("unqueued"));
        WorkflowTask node = new WorkflowTask();
        node.setName(task.getTaskDefName());
        node.setTaskReferenceName(task.getReferenceTaskName());
        node.setType(type);
        task.setWorkflowTask(node);
        task.setStatus(status);
        DeciderTaskTable.store(pool, task);
        return task;
    }

    @Test
    void shouldOfferTasksOfHigherPriorityFirst() {
        String taskType = unique("priority");
        String workflowId = UUID.randomUUID().toString();
        Task low = newTask(taskType, workflowId);
        Task high = newTask(taskType, workflowId);
        high.setWorkflowPriority(90);
        Task marker = newTask(unique("marker"), workflowId);
        // One key, one partition: once the marker is on its queue, the two before it are on theirs.
        for (Task task : List.of(low, high, marker)) {
            kafka().send(Topics.TASK_DISPATCH, workflowId, Json.write(new TaskScheduled(UUID.randomUUID().toString(),
                    workflowId, task.getTaskType(), System.currentTimeMillis(), task)));
        }
        WorkerPolls.untilAvailable(marker.getTaskType(), null);

        given().queryParam("workerid", "w1").queryParam("count", 5).queryParam("timeout", 0)
                .get("/api/tasks/poll/batch/" + taskType).then().statusCode(200)
                .body("taskId", contains(high.getTaskId(), low.getTaskId()));
    }

    @Test
    void shouldWithdrawCanceledTasksSoNoWorkerGetsThemAndRefuseALateResult() {
        String taskType = unique("canceled");
        String workflowId = UUID.randomUUID().toString();
        Task taken = newTask(taskType, workflowId);
        Task waiting = newTask(taskType, workflowId);
        offer(taken);
        assertEquals(taken.getTaskId(), WorkerPolls.untilAvailable(taskType, null).path("taskId"));
        offer(waiting);
        for (Task task : List.of(taken, waiting)) {
            kafka().send(Topics.TASK_DISPATCH, workflowId, Json.write(new TaskCanceled(UUID.randomUUID().toString(),
                    workflowId, task.getTaskId(), taskType)));
        }
        // One key, one partition: once the marker is on its queue, both withdrawals were applied.
        Task marker = newTask(unique("marker"), workflowId);
        offer(marker);
        WorkerPolls.untilAvailable(marker.getTaskType(), null);

        given().queryParam("workerid", "w2").get("/api/tasks/poll/" + taskType).then().statusCode(204);
        given().contentType(ContentType.JSON).body(result(taken, "COMPLETED", Map.of())).post("/api/tasks")
                .then().statusCode(409).body("status", equalTo(409))
                .body("message", containsString("timed out or was canceled"));

        // Every command task-queue sent was acknowledged before it answered: all of them precede this one.
        PauseWorkflow afterAll = new PauseWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis());
        kafka().send(Topics.COMMANDS, workflowId, Json.write(afterAll));
        List<WorkflowCommand> commands = kafka().readUntil(Topics.COMMANDS, workflowId, WAIT,
                        records -> records.stream().anyMatch(r -> r.value().contains(afterAll.commandId()))).stream()
                .map(record -> Json.read(record.value(), WorkflowCommand.class))
                .toList();
        assertEquals(List.of(RecordTaskPoll.class, RecordTaskPoll.class, PauseWorkflow.class),
                commands.stream().map(Object::getClass).toList(), "no result reaches the decider");
    }

    @Test
    void shouldAnswerResultsAsBeforeOnceFinishedTasksLeftTheirQueue() {
        // given: three tasks a worker took; it finished two, the decider ended two (one it timed out)
        String prunedType = unique("pruned");
        String keptType = unique("kept");
        String workflowId = UUID.randomUUID().toString();
        Task finished = deciderScheduled(newTask(prunedType, workflowId));
        Task timedOut = deciderScheduled(newTask(prunedType, workflowId));
        Task notYetApplied = deciderScheduled(newTask(keptType, workflowId));
        for (Task task : List.of(finished, timedOut, notYetApplied)) {
            offer(task);
            assertEquals(task.getTaskId(), WorkerPolls.untilAvailable(task.getTaskType(), null).path("taskId"));
        }
        for (Task task : List.of(finished, notYetApplied)) {
            given().contentType(ContentType.JSON).body(result(task, "COMPLETED", Map.of())).post("/api/tasks").then()
                    .statusCode(200);
        }
        kafka().send(Topics.TASK_DISPATCH, workflowId, Json.write(new TaskCanceled(UUID.randomUUID().toString(),
                workflowId, timedOut.getTaskId(), prunedType)));
        Awaitility.await().atMost(WAIT).until(() -> store.find(timedOut.getTaskId()).await().atMost(WAIT)
                .map(QueuedTaskStore.QueuedTask::done).orElse(false));
        long now = System.currentTimeMillis();
        finished.setEndTime(now);
        DeciderTaskTable.setStatus(pool, finished, TaskStatus.COMPLETED);
        timedOut.setEndTime(now);
        DeciderTaskTable.setStatus(pool, timedOut, TaskStatus.TIMED_OUT);

        // when: the retention has passed
        retention.prune(now + Duration.ofMinutes(6).toMillis()).await().atMost(WAIT);

        // then: the rows of the tasks the decider ended are gone; results for them are answered as those rows did
        assertTrue(store.find(finished.getTaskId()).await().atMost(WAIT).isEmpty());
        assertTrue(store.find(timedOut.getTaskId()).await().atMost(WAIT).isEmpty());
        assertTrue(store.find(notYetApplied.getTaskId()).await().atMost(WAIT).isPresent(),
                "the decider has not ended it yet");
        given().contentType(ContentType.JSON).body(result(finished, "COMPLETED", Map.of())).post("/api/tasks").then()
                .statusCode(200).body(equalTo(finished.getTaskId()));
        given().contentType(ContentType.JSON).body(result(timedOut, "COMPLETED", Map.of())).post("/api/tasks").then()
                .statusCode(409).body("message", containsString("timed out or was canceled"));
        given().contentType(ContentType.JSON).body(result(notYetApplied, "COMPLETED", Map.of())).post("/api/tasks")
                .then().statusCode(200);
        given().get("/api/tasks/queue/all").then().statusCode(200).body(prunedType, equalTo(0));

        PauseWorkflow afterAll = new PauseWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis());
        kafka().send(Topics.COMMANDS, workflowId, Json.write(afterAll));
        List<String> commands = kafka().readUntil(Topics.COMMANDS, workflowId, WAIT,
                        records -> records.stream().anyMatch(r -> r.value().contains(afterAll.commandId()))).stream()
                .map(record -> Json.read(record.value(), WorkflowCommand.class))
                .filter(command -> !(command instanceof RecordTaskPoll))
                .map(command -> command.getClass().getSimpleName())
                .toList();
        assertEquals(List.of("ReportTaskResult", "ReportTaskResult", "PauseWorkflow"), commands,
                "only the first results reach the decider");
    }

    /** The task as the decider writes it when it schedules it, before dispatching it. */
    private Task deciderScheduled(Task task) {
        WorkflowTask node = new WorkflowTask();
        node.setName(task.getTaskDefName());
        node.setTaskReferenceName(task.getReferenceTaskName());
        node.setType(TaskType.SIMPLE);
        task.setWorkflowTask(node);
        DeciderTaskTable.store(pool, task);
        return task;
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
        WorkerPolls.untilAvailable(taskType, null);
        Map<String, Object> wrongWorkflow = result(task, "COMPLETED", Map.of());
        wrongWorkflow.put("workflowInstanceId", "another-workflow");
        given().contentType(ContentType.JSON).body(wrongWorkflow).post("/api/tasks").then()
                .statusCode(400).body("message", containsString(task.getWorkflowInstanceId()));
    }

    private Task dispatch(String taskType, String domain) {
        Task task = newTask(taskType);
        task.setDomain(domain);
        offer(task);
        return task;
    }

    private void offer(Task task) {
        new TaskDispatches(kafka()).offer(task);
    }

    private static Task newTask(String taskType) {
        return newTask(taskType, UUID.randomUUID().toString());
    }

    private static Task newTask(String taskType, String workflowId) {
        Task task = TaskDispatches.workerTask(taskType);
        task.setWorkflowInstanceId(workflowId);
        task.setInputData(Map.of("method", "card"));
        return task;
    }

    private static Map<String, Object> result(Task task, String status, Map<String, Object> output) {
        return new java.util.HashMap<>(Map.of("workflowInstanceId", task.getWorkflowInstanceId(),
                "taskId", task.getTaskId(), "status", status, "outputData", output, "workerId", "w1"));
    }


    private List<WorkflowCommand> commandsFor(String workflowId, int count) {
        return kafka().readUntil(Topics.COMMANDS, workflowId, WAIT, records -> records.size() >= count).stream()
                .map(record -> Json.read(record.value(), WorkflowCommand.class))
                .toList();
    }

    private static String unique(String name) {
        return name + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private KafkaProbe kafka() {
        return KafkaProbe.shared(bootstrapServers);
    }
}
