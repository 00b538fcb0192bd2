package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryWorkflowTest {
    private static WorkflowDef twoSteps() {
        return definition(worker("first_ref", Map.of()),
                worker("second_ref", Map.of("y", "${first_ref.output.y}")));
    }

    @Test
    void shouldScheduleANewAttemptOfTheFailedTaskAndMoveOnFromIt() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of())
                .complete("first_ref", Map.of("y", 7)).fail("second_ref", "boom").forgetSent().advanceClock(1_000).retry();

        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals(harness.now(), harness.workflow().getLastRetriedTime());
        assertNull(harness.workflow().getReasonForIncompletion());
        List<Task> attempts = harness.attempts("second_ref");
        assertEquals(2, attempts.size());
        assertTrue(attempts.get(0).isRetried());
        Task attempt = attempts.get(1);
        assertEquals(TaskStatus.SCHEDULED, attempt.getStatus());
        assertEquals(1, attempt.getRetryCount());
        assertEquals(attempts.get(0).getTaskId(), attempt.getRetriedTaskId());
        assertEquals(Map.of("y", 7), attempt.getInputData());
        assertEquals(List.of("workflow.retried", "task.scheduled"), harness.eventTypes());
        assertEquals(harness.now(), harness.dispatches().getFirst().visibleAfter(), "offered at once");

        harness.complete("second_ref", Map.of("done", true));
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(1, harness.attempts("first_ref").size(), "the task that completed is not run again");
    }

    @Test
    void shouldRetryTheCanceledTasksOfATerminatedWorkflow() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).terminate("oops").retry();

        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals(TaskStatus.CANCELED, harness.attempts("first_ref").get(0).getStatus());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("first_ref").getStatus());
    }

    @Test
    void shouldReopenTheJoinOfAForkWhoseBranchFailed() {
        WorkflowTask fork = system(TaskType.FORK_JOIN, "fork", Map.of());
        fork.setForkTasks(List.of(List.of(worker("left", Map.of())), List.of(worker("right", Map.of()))));
        WorkflowTask join = system(TaskType.JOIN, "join", Map.of());
        join.setJoinOn(List.of("left", "right"));
        WorkflowHarness harness = new WorkflowHarness().start(definition(fork, join), Map.of())
                .complete("left", Map.of("l", 1)).fail("right", "boom");
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());

        harness.retry();
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("join").getStatus());
        assertEquals(1, harness.attempts("join").size(), "the join waits again in place");
        assertEquals(TaskStatus.SCHEDULED, harness.latest("right").getStatus());

        harness.complete("right", Map.of("r", 2));
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(Map.of("left", Map.of("l", 1), "right", Map.of("r", 2)), harness.latest("join").getOutputData());
    }

    @Test
    void shouldIgnoreARetryOfARunningWorkflowOrOfOneWithNothingToRetry() {
        WorkflowHarness running = new WorkflowHarness().start(twoSteps(), Map.of()).retry();
        assertFalse(running.lastDecision().applied());

        WorkflowHarness completed = new WorkflowHarness().start(twoSteps(), Map.of())
                .complete("first_ref", Map.of()).complete("second_ref", Map.of()).retry();
        assertFalse(completed.lastDecision().applied());
        assertTrue(completed.lastDecision().ignoredBecause().contains("no task to retry"));
    }
}
