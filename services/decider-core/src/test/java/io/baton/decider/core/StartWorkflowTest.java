package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.baton.model.messaging.TaskScheduled;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartWorkflowTest {

    @Test
    void shouldCreateTheWorkflowRunningAndScheduleItsFirstTask() {
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(worker("charge", Map.of("amount", "${workflow.input.amount}")),
                        worker("ship", Map.of())), Map.of("amount", 42));

        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals("harness_flow", harness.workflow().getWorkflowName());
        assertEquals(WorkflowHarness.T0, harness.workflow().getCreateTime());
        Task charge = harness.latest("charge");
        assertEquals(TaskStatus.SCHEDULED, charge.getStatus());
        assertEquals("task_charge", charge.getTaskType());
        assertEquals(Map.of("amount", 42), charge.getInputData());
        assertEquals("corr-1", charge.getCorrelationId());
        assertEquals(5, charge.getWorkflowPriority());
        assertEquals(1, harness.workflow().getTasks().size(), "only the first task is scheduled");
        assertEquals(List.of("workflow.started", "task.scheduled"), harness.eventTypes());
    }

    @Test
    void shouldOfferAWorkerTaskOnTheQueueOfItsDefinition() {
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("charge", Map.of())), Map.of());

        TaskScheduled dispatch = harness.dispatches().getFirst();
        assertEquals("task_charge", dispatch.queueName());
        assertEquals(harness.now(), dispatch.visibleAfter());
        assertEquals(harness.latest("charge").getTaskId(), dispatch.task().getTaskId());
    }

    @Test
    void shouldDelayATaskWithAStartDelay() {
        var delayed = worker("charge", Map.of());
        delayed.setStartDelay(30);
        WorkflowHarness harness = new WorkflowHarness().start(definition(delayed), Map.of());

        assertEquals(harness.now() + 30_000, harness.dispatches().getFirst().visibleAfter());
    }

    @Test
    void shouldRouteTasksToTheDomainsOfTaskToDomain() {
        WorkflowHarness byName = new WorkflowHarness()
                .start(definition(worker("charge", Map.of())), Map.of(), Map.of("task_charge", "eu"));
        assertEquals("eu:task_charge", byName.dispatches().getFirst().queueName());
        assertEquals("eu", byName.latest("charge").getDomain());

        WorkflowHarness wildcard = new WorkflowHarness()
                .start(definition(worker("charge", Map.of())), Map.of(), Map.of("*", "us"));
        assertEquals("us:task_charge", wildcard.dispatches().getFirst().queueName());
    }

    @Test
    void shouldIgnoreASecondStartOfTheSameWorkflow() {
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("charge", Map.of())), Map.of());
        harness.start(definition(worker("charge", Map.of())), Map.of());

        assertFalse(harness.lastDecision().applied());
        assertEquals(1, harness.workflow().getTasks().size());
    }
}
