package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.TaskStatusEvent;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartWorkflowTest {

    @Test
    void shouldCreateTheWorkflowRunningAndScheduleItsFirstTask() {
        // when
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(worker("charge", Map.of("amount", "${workflow.input.amount}")),
                        worker("ship", Map.of())), Map.of("amount", 42));

        // then
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals("harness_flow", harness.workflow().getWorkflowName());
        assertEquals(WorkflowHarness.T0, harness.workflow().getCreateTime());
        Task charge = harness.latest("charge");
        assertEquals(TaskStatus.SCHEDULED, charge.getStatus());
        assertEquals("task_charge", charge.getTaskType(), "a worker task is named after its definition");
        assertEquals("task_charge", charge.getTaskDefName());
        assertEquals(Map.of("amount", 42), charge.getInputData());
        assertEquals(harness.now(), charge.getScheduledTime());
        assertEquals(1, charge.getSeq());
        assertEquals(0, charge.getRetryCount());
        assertEquals("wf-1", charge.getWorkflowInstanceId());
        assertEquals("harness_flow", charge.getWorkflowType());
        assertEquals("corr-1", charge.getCorrelationId());
        assertEquals(5, charge.getWorkflowPriority());
        assertEquals(1, harness.workflow().getTasks().size(), "only the first task is scheduled");
        assertEquals(List.of("workflow.started", "task.scheduled"), harness.eventTypes());
        assertEquals(List.of(charge.getTaskId()),
                harness.lastDecision().changedTasks().stream().map(Task::getTaskId).toList());
    }

    @Test
    void shouldAnnounceTheStartAndTheScheduledTask() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("charge", Map.of())), Map.of("a", 1));

        // then
        WorkflowStatusEvent started = (WorkflowStatusEvent) harness.lastDecision().events().get(0);
        assertEquals(WorkflowStatus.RUNNING, started.status());
        assertEquals("wf-1", started.workflowId());
        assertEquals("harness_flow", started.workflowName());
        assertEquals(3, started.workflowVersion());
        assertEquals(Map.of("a", 1), started.input());
        TaskStatusEvent scheduled = (TaskStatusEvent) harness.lastDecision().events().get(1);
        assertEquals(harness.latest("charge").getTaskId(), scheduled.taskId());
        assertEquals(TaskStatus.SCHEDULED, scheduled.status());
        assertEquals("charge", scheduled.referenceTaskName());
    }

    @Test
    void shouldKeepWhatTheStartCommandSays() {
        // when
        WorkflowHarness harness = new WorkflowHarness().apply(new StartWorkflow("cmd-1", "wf-1", 1_234L,
                definition(worker("charge", Map.of())), Map.of("a", 1), "corr-9", 7, Map.of("*", "eu"), "alice",
                "idem-1", "parent-wf", "parent-task", "order.created"));

        // then
        Workflow workflow = harness.workflow();
        assertEquals("wf-1", workflow.getWorkflowId());
        assertEquals(Map.of("a", 1), workflow.getInput());
        assertEquals("corr-9", workflow.getCorrelationId());
        assertEquals(7, workflow.getPriority());
        assertEquals(Map.of("*", "eu"), workflow.getTaskToDomain());
        assertEquals("alice", workflow.getCreatedBy());
        assertEquals("idem-1", workflow.getIdempotencyKey());
        assertEquals("parent-wf", workflow.getParentWorkflowId());
        assertEquals("parent-task", workflow.getParentWorkflowTaskId());
        assertEquals("order.created", workflow.getEvent());
        assertEquals(1_234L, workflow.getCreateTime(), "created when the command was issued");
        assertEquals(1_234L, workflow.getStartTime());
    }

    @Test
    void shouldOfferAWorkerTaskOnTheQueueOfItsDefinition() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("charge", Map.of())), Map.of());

        // then
        assertEquals(1, harness.dispatches().size());
        TaskScheduled dispatch = harness.dispatches().getFirst();
        assertEquals("task_charge", dispatch.queueName());
        assertEquals("wf-1", dispatch.workflowId());
        assertEquals(harness.now(), dispatch.visibleAfter());
        assertEquals(harness.latest("charge").getTaskId(), dispatch.task().getTaskId());
        assertNull(dispatch.task().getDomain());
    }

    @Test
    void shouldDelayATaskWithAStartDelay() {
        // given
        WorkflowTask delayed = worker("charge", Map.of());
        delayed.setStartDelay(30);

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(delayed), Map.of());

        // then
        assertEquals(30, harness.latest("charge").getStartDelayInSeconds());
        assertEquals(harness.now() + 30_000, harness.dispatches().getFirst().visibleAfter());
    }

    @Test
    void shouldRouteATaskToTheDomainTaskToDomainNamesForIt() {
        // when
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(worker("charge", Map.of())), Map.of(), Map.of("task_charge", "eu"));

        // then
        assertEquals("eu:task_charge", harness.dispatches().getFirst().queueName());
        assertEquals("eu", harness.latest("charge").getDomain());
    }

    @Test
    void shouldRouteEveryTaskToTheWildcardDomain() {
        // when
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(worker("charge", Map.of())), Map.of(), Map.of("*", "us"));

        // then
        assertEquals("us:task_charge", harness.dispatches().getFirst().queueName());
        assertEquals("us", harness.latest("charge").getDomain());
    }

    @Test
    void shouldPreferTheTasksOwnDomainToTheWildcard() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("charge", Map.of())), Map.of(),
                Map.of("*", "us", "task_charge", "eu"));

        // then
        assertEquals("eu:task_charge", harness.dispatches().getFirst().queueName());
    }

    @Test
    void shouldFillMissingInputFromTheTaskDefinitionsTemplate() {
        // given
        TaskDef def = taskDef("charge", 0);
        def.setInputTemplate(new LinkedHashMap<>(Map.of("currency", "EUR", "amount", 1, "note", "default")));

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("charge",
                Map.of("amount", "${workflow.input.amount}", "note", "${workflow.input.none}"), def)),
                Map.of("amount", 42));

        // then: the template fills absent keys and keys that resolved to null
        assertEquals(Map.of("amount", 42, "currency", "EUR", "note", "default"),
                harness.latest("charge").getInputData());
    }

    @Test
    void shouldStartWithTheDefinitionsVariables() {
        // given
        var def = definition(worker("charge", Map.of("v", "${workflow.variables.limit}")));
        def.setVariables(new LinkedHashMap<>(Map.of("limit", 10)));

        // when
        WorkflowHarness harness = new WorkflowHarness().start(def, Map.of());

        // then
        assertEquals(Map.of("limit", 10), harness.workflow().getVariables());
        assertEquals(Map.of("v", 10), harness.latest("charge").getInputData());
    }
}
