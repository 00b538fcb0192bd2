package io.baton.decider;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.RemoveWorkflow;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.RestartWorkflow;
import io.baton.model.messaging.ResumeWorkflow;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.TasksRemoved;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import io.baton.service.trace.TraceParents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The decider on real Kafka and PostgreSQL: commands in, state in the database, dispatches and events out. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class CommandProcessingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AsyncApiContract CONTRACT = new AsyncApiContract();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;


    @Test
    void shouldRunATwoTaskWorkflowFromCommandsToCompletion() {
        String workflowId = UUID.randomUUID().toString();
        send(startCommand(workflowId, Map.of("x", "hello")));

        Task first = awaitDispatch(workflowId, 1).getLast().task();
        assertEquals("first_ref", first.getReferenceTaskName());
        assertEquals(Map.of("x", "hello"), first.getInputData());
        send(new RecordTaskPoll(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), first.getTaskId(), "w1"));
        send(complete(workflowId, first, Map.of("y", 7)));

        Task second = awaitDispatch(workflowId, 2).getLast().task();
        assertEquals("second_ref", second.getReferenceTaskName());
        assertEquals(Map.of("fromWorkflow", "hello", "fromFirst", 7), second.getInputData());
        send(complete(workflowId, second, Map.of("done", true)));

        await().atMost(WAIT).until(() -> "COMPLETED".equals(workflowStatus(workflowId)));
        List<String> events = eventTypes(kafka().readUntil(Topics.STATUS_EVENTS, workflowId, WAIT,
                records -> records.size() >= 7));
        assertEquals(List.of("workflow.started", "task.scheduled", "task.in_progress", "task.completed",
                "task.scheduled", "task.completed", "workflow.completed"), events);
        assertMeetsContract(kafka().readUntil(Topics.STATUS_EVENTS, workflowId, WAIT, records -> records.size() >= 7));
        assertMeetsContract(kafka().readUntil(Topics.TASK_DISPATCH, workflowId, WAIT, records -> records.size() >= 2));
        await().atMost(WAIT).until(() -> outboxSize() == 0L);
        given().get("/q/metrics").then().statusCode(200).body(containsString(
                "baton_workflow_events_total{event=\"workflow.completed\",workflowType=\"decider_test\"}"));
    }

    @Test
    void shouldApplyARedeliveredCommandOnlyOnce() {
        String workflowId = UUID.randomUUID().toString();
        StartWorkflow start = startCommand(workflowId, Map.of("x", "again"));
        send(start);
        send(start);
        Task first = awaitDispatch(workflowId, 1).getLast().task();
        ReportTaskResult completeFirst = complete(workflowId, first, Map.of("y", 1));
        send(completeFirst);
        send(completeFirst);
        Task second = awaitDispatch(workflowId, 2).getLast().task();
        send(complete(workflowId, second, Map.of()));

        await().atMost(WAIT).until(() -> "COMPLETED".equals(workflowStatus(workflowId)));
        List<String> events = eventTypes(kafka().readUntil(Topics.STATUS_EVENTS, workflowId, WAIT,
                records -> eventTypes(records).contains("workflow.completed")));
        assertEquals(List.of("workflow.started", "task.scheduled", "task.completed", "task.scheduled",
                "task.completed", "workflow.completed"), events);
        assertEquals(2L, taskRows(workflowId));
    }

    @Test
    void shouldPauseResumeAndTerminateWithdrawingThePendingTask() {
        String workflowId = UUID.randomUUID().toString();
        send(startCommand(workflowId, Map.of("x", "lifecycle")));
        Task first = awaitDispatch(workflowId, 1).getLast().task();
        send(new PauseWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis()));
        send(complete(workflowId, first, Map.of("y", 1)));
        send(new ResumeWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis()));
        Task second = awaitDispatch(workflowId, 2).getLast().task();
        send(new TerminateWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), "enough"));

        await().atMost(WAIT).until(() -> "TERMINATED".equals(workflowStatus(workflowId)));
        List<ConsumerRecord<String, String>> dispatches = kafka().readUntil(Topics.TASK_DISPATCH, workflowId, WAIT,
                records -> records.size() >= 3);
        TaskCanceled withdrawn = (TaskCanceled) Json.read(dispatches.getLast().value(), TaskDispatch.class);
        assertEquals(second.getTaskId(), withdrawn.taskId());
        assertEquals("decider_test_task", withdrawn.queueName());
        assertMeetsContract(dispatches);
        List<ConsumerRecord<String, String>> events = kafka().readUntil(Topics.STATUS_EVENTS, workflowId, WAIT,
                records -> eventTypes(records).contains("workflow.terminated"));
        assertEquals(List.of("workflow.started", "task.scheduled", "workflow.paused", "task.completed",
                "workflow.resumed", "task.scheduled", "task.canceled", "workflow.terminated"), eventTypes(events));
        assertMeetsContract(events);
    }

    @Test
    void shouldDeleteTheTaskRowsARestartDropsAndTheRowsOfARemovedWorkflowTellingTaskQueue() {
        String workflowId = UUID.randomUUID().toString();
        send(startCommand(workflowId, Map.of("x", "again")));
        Task first = awaitDispatch(workflowId, 1).getLast().task();
        send(complete(workflowId, first, Map.of("y", 1)));
        Task second = awaitDispatch(workflowId, 2).getLast().task();
        send(new TerminateWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), "stop"));
        send(new RestartWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), null));

        // terminate: second withdrawn; restart: both dropped, first scheduled anew
        List<ConsumerRecord<String, String>> records = kafka().readUntil(Topics.TASK_DISPATCH, workflowId, WAIT,
                found -> found.size() >= 5);
        assertEquals(List.of(first.getTaskId(), second.getTaskId()),
                ((TasksRemoved) dispatchOf(records.get(3))).taskIds());
        Task restarted = ((TaskScheduled) dispatchOf(records.get(4))).task();
        assertEquals("first_ref", restarted.getReferenceTaskName());
        assertEquals("RUNNING", workflowStatus(workflowId));
        assertEquals(1L, taskRows(workflowId));
        List<ConsumerRecord<String, String>> events = kafka().readUntil(Topics.STATUS_EVENTS, workflowId, WAIT,
                found -> eventTypes(found).contains("workflow.restarted"));
        assertMeetsContract(events);

        send(new RemoveWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis()));
        await().atMost(WAIT).until(() -> workflowStatus(workflowId) == null);
        assertEquals(0L, taskRows(workflowId));
        records = kafka().readUntil(Topics.TASK_DISPATCH, workflowId, WAIT, found -> found.size() >= 7);
        assertEquals(List.of(restarted.getTaskId()), ((TasksRemoved) dispatchOf(records.get(5))).taskIds());
        assertEquals(restarted.getTaskId(), ((TaskCanceled) dispatchOf(records.get(6))).taskId());
        assertMeetsContract(records);
    }

    @Test
    void shouldStoreTheDefinitionAtTheStartAndTheOneARestartBringsAndKeepItInBetween() {
        // given: a started workflow that went on after its start
        String workflowId = UUID.randomUUID().toString();
        StartWorkflow start = startCommand(workflowId, Map.of("x", "v1"));
        send(start);
        Task first = awaitDispatch(workflowId, 1).getLast().task();
        send(complete(workflowId, first, Map.of("y", 1)));
        awaitDispatch(workflowId, 2);
        assertEquals(start.definition().getTasks().size(), storedDefinition(workflowId).getTasks().size());

        // when: restarted on a newer definition of one task
        WorkflowDef latest = Json.copy(start.definition(), WorkflowDef.class);
        latest.setVersion(2);
        latest.setTasks(List.of(latest.getTasks().getFirst()));
        send(new TerminateWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), "stop"));
        send(new RestartWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), latest));

        // then: the row holds the new definition and its version
        await().atMost(WAIT).until(() -> storedDefinition(workflowId).getVersion() == 2);
        assertEquals(1, storedDefinition(workflowId).getTasks().size());
        Row row = pool.preparedQuery("SELECT workflow_version, state ? 'workflowDefinition' FROM decider.workflow "
                + "WHERE workflow_id = $1").execute(Tuple.of(workflowId)).await().atMost(WAIT).iterator().next();
        assertEquals(2, row.getInteger(0));
        assertEquals(false, row.getBoolean(1), "the state leaves the definition to its column");
    }

    @Test
    void shouldCarryTheTraceOfACommandToTheRecordsPublishedFromItsOutbox() {
        String workflowId = UUID.randomUUID().toString();
        String traceparent = TraceParents.random();
        StartWorkflow start = startCommand(workflowId, Map.of("x", "traced"));
        kafka().send(Topics.COMMANDS, workflowId, Json.write(start), Map.of(TraceParents.HEADER, traceparent));

        List<ConsumerRecord<String, String>> published = new ArrayList<>(
                kafka().readUntil(Topics.TASK_DISPATCH, workflowId, WAIT, records -> records.size() >= 1));
        published.addAll(kafka().readUntil(Topics.STATUS_EVENTS, workflowId, WAIT, records -> records.size() >= 2));
        TraceParents.assertSameTrace(traceparent, published);
    }

    @Test
    void shouldSkipAnUnreadableCommandAndGoOn() {
        String workflowId = UUID.randomUUID().toString();
        kafka().send(Topics.COMMANDS, workflowId, "{not json");
        send(startCommand(workflowId, Map.of("x", "after poison")));
        assertTrue(awaitDispatch(workflowId, 1).getFirst().task().getInputData().containsValue("after poison"));
    }

    @Test
    void shouldGiveADynamicallyForkedTaskTheTaskDefinitionRegisteredUnderItsName() {
        // given
        TaskDef registered = new TaskDef();
        registered.setName("decider_forked_" + UUID.randomUUID().toString().substring(0, 8));
        registered.setRetryCount(2);
        registered.setResponseTimeoutSeconds(91);
        new MetadataTables(pool).register(registered);
        WorkflowTask fan = new WorkflowTask();
        fan.setName("fan");
        fan.setTaskReferenceName("fan");
        fan.setType(TaskType.FORK_JOIN_DYNAMIC);
        fan.setInputParameters(Map.of("forkTaskName", registered.getName(), "forkTaskInputs", List.of("a")));
        WorkflowTask gather = new WorkflowTask();
        gather.setName("gather");
        gather.setTaskReferenceName("gather");
        gather.setType(TaskType.JOIN);
        WorkflowDef definition = new WorkflowDef();
        definition.setName("decider_dynamic_fork");
        definition.setTasks(List.of(fan, gather));
        String workflowId = UUID.randomUUID().toString();

        // when
        send(new StartWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), definition,
                Map.of(), null, 0, Map.of(), null, null, null, null, null));

        // then: read from the metadata when it forked
        Task forked = awaitDispatch(workflowId, 1).getFirst().task();
        assertEquals(91, forked.getResponseTimeoutSeconds());
        assertEquals(2, forked.getWorkflowTask().getTaskDefinition().getRetryCount());
    }

    private StartWorkflow startCommand(String workflowId, Map<String, Object> input) {
        TaskDef taskDef = new TaskDef();
        taskDef.setName("decider_test_task");
        taskDef.setRetryCount(0);
        WorkflowTask first = workerTask("first_ref", Map.of("x", "${workflow.input.x}"), taskDef);
        WorkflowTask second = workerTask("second_ref",
                Map.of("fromWorkflow", "${workflow.input.x}", "fromFirst", "${first_ref.output.y}"), taskDef);
        WorkflowDef definition = new WorkflowDef();
        definition.setName("decider_test");
        definition.setTasks(List.of(first, second));
        return new StartWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), definition,
                input, null, 0, Map.of(), null, null, null, null, null);
    }

    private static WorkflowTask workerTask(String ref, Map<String, Object> input, TaskDef taskDef) {
        WorkflowTask task = new WorkflowTask();
        task.setName(taskDef.getName());
        task.setTaskReferenceName(ref);
        task.setInputParameters(input);
        task.setTaskDefinition(taskDef);
        return task;
    }

    static ReportTaskResult complete(String workflowId, Task task, Map<String, Object> output) {
        TaskResult result = new TaskResult();
        result.setWorkflowInstanceId(workflowId);
        result.setTaskId(task.getTaskId());
        result.setStatus(TaskResultStatus.COMPLETED);
        result.setOutputData(output);
        return new ReportTaskResult(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), result);
    }

    /** Sends a command as the other services do; it must meet the contract they are held to. */
    private void send(WorkflowCommand command) {
        String json = Json.write(command);
        assertEquals(Set.of(), CONTRACT.violations(command.getClass().getSimpleName(), json), json);
        kafka().send(Topics.COMMANDS, command.workflowId(), json);
    }

    private List<TaskScheduled> awaitDispatch(String workflowId, int count) {
        return kafka().readUntil(Topics.TASK_DISPATCH, workflowId, WAIT, records -> records.size() >= count).stream()
                .map(record -> (TaskScheduled) dispatchOf(record))
                .toList();
    }

    private static TaskDispatch dispatchOf(ConsumerRecord<String, String> record) {
        return Json.read(record.value(), TaskDispatch.class);
    }

    /** Each record validates against the AsyncAPI schema of its message: the header names status events. */
    private static void assertMeetsContract(List<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> record : records) {
            Header type = record.headers().lastHeader(Topics.EVENT_TYPE_HEADER);
            String messageName = type != null ? new String(type.value()) : Json.read(record.value(), Map.class).get("type").toString();
            assertEquals(Set.of(), CONTRACT.violations(messageName, record.value()), record.value());
        }
    }

    private static List<String> eventTypes(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> {
            Header header = record.headers().lastHeader(Topics.EVENT_TYPE_HEADER);
            return new String(header.value());
        }).toList();
    }

    private String workflowStatus(String workflowId) {
        var rows = pool.preparedQuery("SELECT status FROM decider.workflow WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT);
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }

    private WorkflowDef storedDefinition(String workflowId) {
        String definition = pool.preparedQuery("SELECT definition::text FROM decider.workflow WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT).iterator().next().getString(0);
        return Json.read(definition, WorkflowDef.class);
    }

    private long taskRows(String workflowId) {
        Row row = pool.preparedQuery("SELECT count(*) FROM decider.task WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT).iterator().next();
        return row.getLong(0);
    }

    private long outboxSize() {
        return pool.query("SELECT count(*) FROM decider.outbox").execute().await().atMost(WAIT).iterator().next().getLong(0);
    }

    private KafkaProbe kafka() {
        return KafkaProbe.shared(bootstrapServers);
    }
}
