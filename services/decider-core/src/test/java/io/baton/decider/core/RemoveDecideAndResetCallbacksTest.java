package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.messaging.TaskScheduled;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.workflow.WorkflowDef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemoveDecideAndResetCallbacksTest {
    private static WorkflowDef twoSteps() {
        return definition(worker("first_ref", Map.of()), worker("second_ref", Map.of()));
    }

    @Test
    void shouldRemoveAWorkflowAndWithdrawItsPendingTasks() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).forgetSent();
        String pending = harness.latest("first_ref").getTaskId();
        harness.remove();

        Decision removal = harness.lastDecision();
        assertTrue(removal.removesWorkflow());
        assertNull(harness.workflow());
        assertEquals(List.of(pending), harness.withdrawals().stream().map(w -> w.taskId()).toList());
        assertEquals(List.of(pending), harness.removedTaskIdsSent(), "task-queue deletes what it keeps of it");
        assertEquals(List.of(), harness.eventTypes());

        harness.apply(harness.reportCommand(pending, TaskResultStatus.COMPLETED, Map.of(), null, 0));
        assertFalse(harness.lastDecision().applied(), "a command for a removed workflow finds nothing");
    }

    @Test
    void shouldRemoveAnEndedWorkflowWithNothingToWithdraw() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).complete("first_ref", Map.of())
                .terminate("x");
        List<String> taskIds = harness.workflow().getTasks().stream().map(Task::getTaskId).toList();
        harness.forgetSent().remove();

        assertTrue(harness.lastDecision().removesWorkflow());
        assertEquals(List.of(), harness.withdrawals());
        assertEquals(taskIds, harness.removedTaskIdsSent());
    }

    @Test
    void shouldIgnoreADecideThatFindsNothingToDo() {
        WorkflowHarness running = new WorkflowHarness().start(twoSteps(), Map.of()).decide();
        assertFalse(running.lastDecision().applied());
        assertTrue(running.lastDecision().ignoredBecause().contains("nothing to decide"));

        WorkflowHarness ended = new WorkflowHarness().start(twoSteps(), Map.of()).terminate("x").decide();
        assertFalse(ended.lastDecision().applied());
    }

    @Test
    void shouldOfferARetryWaitingOutItsDelayAtOnce() {
        TaskDef slowRetry = taskDef("pay", 1);
        slowRetry.setRetryDelaySeconds(600);
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("pay", Map.of(), slowRetry)), Map.of())
                .fail("pay", "declined").forgetSent().advanceClock(1_000).resetCallbacks();

        assertEquals(0, harness.latest("pay").getCallbackAfterSeconds());
        List<TaskScheduled> offered = harness.dispatches();
        assertEquals(1, offered.size());
        assertEquals(harness.latest("pay").getTaskId(), offered.getFirst().task().getTaskId());
        assertEquals(harness.now(), offered.getFirst().visibleAfter());

        harness.resetCallbacks();
        assertFalse(harness.lastDecision().applied(), "nothing waits any more");
    }
}
