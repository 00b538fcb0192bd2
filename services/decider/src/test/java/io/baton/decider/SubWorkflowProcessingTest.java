package io.baton.decider;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.Topics;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.SubWorkflowParams;
import io.baton.model.workflow.StoredWorkflow;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A parent and its sub-workflow through real Kafka and PostgreSQL: the decider sends the child's start to itself on
 * baton.commands, resolves the child's definition from the metadata tables, and sends the child's end back.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class SubWorkflowProcessingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AsyncApiContract CONTRACT = new AsyncApiContract();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    private String childName;

    /** A child definition registered by name, its worker task's definition registered apart, as workflow-api keeps them. */
    @BeforeEach
    void registerChild() {
        childName = "decider_child_" + UUID.randomUUID().toString().substring(0, 8);
        TaskDef taskDef = new TaskDef();
        taskDef.setName(childName + "_task");
        taskDef.setRetryCount(0);
        taskDef.setResponseTimeoutSeconds(77);
        WorkflowTask work = new WorkflowTask();
        work.setName(taskDef.getName());
        work.setTaskReferenceName("work");
        work.setInputParameters(Map.of("n", "${workflow.input.n}"));
        WorkflowDef child = new WorkflowDef();
        child.setName(childName);
        child.setVersion(1);
        child.setTasks(List.of(work));
        child.setOutputParameters(Map.of("result", "${work.output.result}"));
        new MetadataTables(pool).register(taskDef).register(child);
    }

    @Test
    void shouldRunTheChildAndCompleteTheParentTaskWithItsOutput() {
        // given
        String parentId = UUID.randomUUID().toString();
        send(Topics.COMMANDS, parentId, startParent(parentId, childName));

        // when: the child's worker task is done
        String childId = awaitChildOf(parentId);
        Task work = awaitDispatch(childId).task();
        assertEquals(Map.of("n", 6), work.getInputData());
        assertEquals(77, work.getResponseTimeoutSeconds(), "the registered task definition is snapshotted");
        send(Topics.COMMANDS, childId, CommandProcessingTest.complete(childId, work, Map.of("result", 36)));

        // then
        await().atMost(WAIT).until(() -> "COMPLETED".equals(status(parentId)));
        Task sub = workflow(parentId).getTasks().getFirst();
        assertEquals(Map.of("subWorkflowId", childId, "result", 36), sub.getOutputData());
        assertEquals(Map.of("result", 36), workflow(parentId).getOutput());
        assertCommandsMeetContract(childId, 2);
        assertCommandsMeetContract(parentId, 2);
    }

    @Test
    void shouldTerminateTheChildWhenTheParentIsTerminated() {
        // given
        String parentId = UUID.randomUUID().toString();
        send(Topics.COMMANDS, parentId, startParent(parentId, childName));
        String childId = awaitChildOf(parentId);
        awaitDispatch(childId);

        // when
        send(Topics.COMMANDS, parentId, new TerminateWorkflow(UUID.randomUUID().toString(), parentId,
                System.currentTimeMillis(), "stop all"));

        // then
        await().atMost(WAIT).until(() -> "TERMINATED".equals(status(childId)));
        assertEquals("Parent workflow has been terminated with reason: stop all",
                workflow(childId).getReasonForIncompletion());
        assertEquals("TERMINATED", status(parentId));
    }

    @Test
    void shouldFailTheParentTaskWhenTheChildDefinitionDoesNotExist() {
        String parentId = UUID.randomUUID().toString();
        Task sub = firstTaskOnceFailed(startParent(parentId, "no_such_child"));
        assertEquals("No such workflow defined. name=no_such_child, version=null", sub.getReasonForIncompletion());
    }

    @Test
    void shouldCompleteAStartWorkflowTaskOnceTheWorkflowItStartedRuns() {
        // when
        String starterId = UUID.randomUUID().toString();
        send(Topics.COMMANDS, starterId, startStarter(starterId, childName));

        // then: the started workflow runs on its own; the task completes with its id
        await().atMost(WAIT).until(() -> "COMPLETED".equals(status(starterId)));
        String startedId = (String) workflow(starterId).getTasks().getFirst().getOutputData().get("workflowId");
        assertEquals("RUNNING", status(startedId));
        assertCommandsMeetContract(starterId, 2);
        assertTrue(kafka().readUntil(Topics.COMMANDS, starterId, WAIT, found -> found.size() >= 2).stream()
                .anyMatch(r -> r.value().contains("ChildWorkflowStarted")));
    }

    @Test
    void shouldFailAStartWorkflowTaskWhenTheDefinitionDoesNotExist() {
        String starterId = UUID.randomUUID().toString();
        Task launch = firstTaskOnceFailed(startStarter(starterId, "no_such_workflow"));
        assertEquals("No such workflow defined. name=no_such_workflow, version=null", launch.getReasonForIncompletion());
        assertEquals(Map.of(), launch.getOutputData());
    }

    /** Starts the workflow and waits for it to fail: its first task, the one that failed it. */
    private Task firstTaskOnceFailed(StartWorkflow start) {
        send(Topics.COMMANDS, start.workflowId(), start);
        await().atMost(WAIT).until(() -> "FAILED".equals(status(start.workflowId())));
        return workflow(start.workflowId()).getTasks().getFirst();
    }

    private static StartWorkflow startStarter(String starterId, String name) {
        WorkflowTask launch = new WorkflowTask();
        launch.setName("launch");
        launch.setTaskReferenceName("launch");
        launch.setType(TaskType.START_WORKFLOW);
        launch.setInputParameters(Map.of("startWorkflow", Map.of("name", name, "input", Map.of("n", 2))));
        WorkflowDef starter = new WorkflowDef();
        starter.setName("decider_starter");
        starter.setTasks(List.of(launch));
        return new StartWorkflow(UUID.randomUUID().toString(), starterId, System.currentTimeMillis(), starter,
                Map.of(), null, 0, Map.of(), null, null, null, null, null);
    }

    private static StartWorkflow startParent(String parentId, String child) {
        SubWorkflowParams params = new SubWorkflowParams();
        params.setName(child);
        WorkflowTask sub = new WorkflowTask();
        sub.setName("sub");
        sub.setTaskReferenceName("sub");
        sub.setType(TaskType.SUB_WORKFLOW);
        sub.setSubWorkflowParam(params);
        sub.setInputParameters(Map.of("n", "${workflow.input.n}"));
        WorkflowDef parent = new WorkflowDef();
        parent.setName("decider_parent");
        parent.setTasks(List.of(sub));
        parent.setOutputParameters(Map.of("result", "${sub.output.result}"));
        return new StartWorkflow(UUID.randomUUID().toString(), parentId, System.currentTimeMillis(), parent,
                Map.of("n", 6), null, 0, Map.of(), null, null, null, null, null);
    }

    private void send(String topic, String key, Object command) {
        kafka().send(topic, key, Json.write(command));
    }

    private String awaitChildOf(String parentId) {
        return await().atMost(WAIT).until(() -> {
            var rows = pool.preparedQuery("SELECT workflow_id FROM decider.workflow WHERE state->>'parentWorkflowId' = $1")
                    .execute(Tuple.of(parentId)).await().atMost(WAIT);
            return rows.size() == 0 ? null : rows.iterator().next().getString(0);
        }, id -> id != null);
    }

    private TaskScheduled awaitDispatch(String workflowId) {
        return (TaskScheduled) Json.read(kafka().readUntil(Topics.TASK_DISPATCH, workflowId, WAIT,
                records -> !records.isEmpty()).getFirst().value(), TaskDispatch.class);
    }

    private String status(String workflowId) {
        var rows = pool.preparedQuery("SELECT status FROM decider.workflow WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT);
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }

    private Workflow workflow(String workflowId) {
        var rows = pool.preparedQuery("SELECT " + StoredWorkflow.COLUMNS + " FROM decider.workflow WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT);
        var stored = rows.iterator().next();
        Workflow workflow = StoredWorkflow.read(stored.getString(0), stored.getString(1));
        var tasks = pool.preparedQuery("SELECT state::text FROM decider.task WHERE workflow_id = $1 ORDER BY seq")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT);
        tasks.forEach(row -> workflow.getTasks().add(Json.read(row.getString(0), Task.class)));
        return workflow;
    }

    /** The commands on baton.commands for a workflow, the decider's included, each valid against the AsyncAPI schema. */
    private void assertCommandsMeetContract(String workflowId, int atLeast) {
        List<ConsumerRecord<String, String>> records = kafka().readUntil(Topics.COMMANDS, workflowId, WAIT,
                found -> found.size() >= atLeast);
        for (ConsumerRecord<String, String> record : records) {
            String type = Json.read(record.value(), Map.class).get("type").toString();
            assertEquals(Set.of(), CONTRACT.violations(type, record.value()), record.value());
        }
        assertTrue(records.stream().anyMatch(r -> r.value().contains("ResolveAndStartWorkflow")
                || r.value().contains("ChildWorkflowEnded") || r.value().contains("ChildWorkflowStarted")));
    }

    private KafkaProbe kafka() {
        return KafkaProbe.shared(bootstrapServers);
    }
}
