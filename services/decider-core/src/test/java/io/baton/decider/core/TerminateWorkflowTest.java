package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.json.Json;
import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminateWorkflowTest {
    private static WorkflowDef twoSteps() {
        WorkflowDef def = definition(worker("first_ref", Map.of()), worker("second_ref", Map.of()));
        def.setOutputParameters(Map.of("first", "${first_ref.output.y}"));
        return def;
    }

    @Test
    void shouldCancelPendingTasksWithdrawThemAndEndTerminatedWithTheReason() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).complete("first_ref", Map.of("y", 7))
                .poll("second_ref", "w1").advanceClock(500).terminate("no longer needed");

        assertEquals(WorkflowStatus.TERMINATED, harness.workflow().getStatus());
        assertEquals("no longer needed", harness.workflow().getReasonForIncompletion());
        assertEquals(harness.now(), harness.workflow().getEndTime());
        assertEquals(Map.of("first", 7), harness.workflow().getOutput());
        Task second = harness.latest("second_ref");
        assertEquals(TaskStatus.CANCELED, second.getStatus());
        assertEquals(harness.now(), second.getEndTime());
        assertEquals(TaskStatus.COMPLETED, harness.latest("first_ref").getStatus(), "finished tasks stay as they are");
        assertEquals(List.of(new TaskCanceled(harness.withdrawals().getFirst().messageId(), "wf-1", second.getTaskId(),
                "task_second_ref")), harness.withdrawals());
        assertEquals(List.of("task.canceled", "workflow.terminated"),
                harness.lastDecision().events().stream().map(StatusEvent::eventType).toList());
    }

    @Test
    void shouldWithdrawATaskFromTheQueueOfItsDomain() {
        WorkflowHarness harness = new WorkflowHarness()
                .start(twoSteps(), Map.of(), Map.of("task_first_ref", "eu")).terminate(null);

        assertEquals("eu:task_first_ref", harness.withdrawals().getFirst().queueName());
        assertNull(harness.workflow().getReasonForIncompletion());
    }

    @Test
    void shouldTerminateAPausedWorkflow() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).pause().terminate("stop");

        assertEquals(WorkflowStatus.TERMINATED, harness.workflow().getStatus());
        assertEquals(TaskStatus.CANCELED, harness.latest("first_ref").getStatus());
        assertEquals(1, harness.withdrawals().size());
    }

    @Test
    void shouldTurnAFailedWorkflowIntoATerminatedOneAsConductorDoes() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).fail("first_ref", "boom")
                .advanceClock(1_000).terminate("cleanup");

        assertTrue(harness.lastDecision().applied());
        assertEquals(WorkflowStatus.TERMINATED, harness.workflow().getStatus());
        assertEquals("cleanup", harness.workflow().getReasonForIncompletion());
        assertEquals(harness.now(), harness.workflow().getEndTime());
        assertTrue(harness.withdrawals().isEmpty(), "no task was pending");
        assertEquals(List.of("workflow.terminated"),
                harness.lastDecision().events().stream().map(StatusEvent::eventType).toList());
    }

    @Test
    void shouldIgnoreATerminationOfACompletedOrTerminatedWorkflow() {
        WorkflowHarness completed = new WorkflowHarness().start(definition(worker("only", Map.of())), Map.of())
                .complete("only", Map.of()).terminate("too late");
        assertFalse(completed.lastDecision().applied());
        assertEquals(WorkflowStatus.COMPLETED, completed.workflow().getStatus());

        WorkflowHarness terminated = new WorkflowHarness().start(twoSteps(), Map.of()).terminate("first");
        String before = Json.write(terminated.workflow());
        terminated.terminate("second");
        assertFalse(terminated.lastDecision().applied());
        assertEquals(before, Json.write(terminated.workflow()), "the first reason stays");
    }

    @Test
    void shouldIgnoreAWorkersResultForATaskCanceledByTermination() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).poll("first_ref", "w1")
                .terminate("stop").complete("first_ref", Map.of("y", 1));

        assertFalse(harness.lastDecision().applied());
        assertEquals(TaskStatus.CANCELED, harness.latest("first_ref").getStatus());
    }
}
