package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.RetryLogic;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private static WorkflowHarness started(TaskDef def) {
        return new WorkflowHarness().start(definition(worker("pay", Map.of("n", 1), def), worker("ship", Map.of())),
                Map.of());
    }

    @Test
    void shouldScheduleANewAttemptAfterTheRetryDelayWhileRetriesRemain() {
        TaskDef def = taskDef("pay", 2);
        def.setRetryDelaySeconds(10);
        WorkflowHarness harness = started(def);
        Task first = harness.latest("pay");
        harness.fail("pay", "card declined");

        List<Task> attempts = harness.attempts("pay");
        assertEquals(2, attempts.size());
        assertTrue(attempts.get(0).isRetried());
        Task retry = attempts.get(1);
        assertEquals(TaskStatus.SCHEDULED, retry.getStatus());
        assertEquals(1, retry.getRetryCount());
        assertEquals(first.getTaskId(), retry.getRetriedTaskId());
        assertEquals(10, retry.getCallbackAfterSeconds());
        assertEquals(Map.of("n", 1), retry.getInputData());
        assertEquals(harness.now() + 10_000, harness.dispatches().getLast().visibleAfter());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals(List.of("task.failed", "task.scheduled"),
                harness.lastDecision().events().stream().map(e -> e.eventType()).toList());
        assertEquals(List.of(first.getTaskId(), retry.getTaskId()),
                harness.lastDecision().changedTasks().stream().map(Task::getTaskId).toList(),
                "the failed attempt is written again, flagged retried");
    }

    @Test
    void shouldWaitTheRetryDelayNotTheStartDelayBeforeANewAttempt() {
        // given: a task that starts 30 s late and is retried 5 s after failing
        TaskDef def = taskDef("pay", 1);
        def.setRetryDelaySeconds(5);
        WorkflowTask pay = worker("pay", Map.of(), def);
        pay.setStartDelay(30);
        WorkflowHarness harness = new WorkflowHarness().start(definition(pay), Map.of());

        // when
        harness.fail("pay", "declined");

        // then: as in Conductor, the attempt's start delay is the retry delay
        assertEquals(List.of(30_000L, 5_000L), harness.dispatches().stream()
                .map(dispatch -> dispatch.visibleAfter() - harness.now()).toList());
        assertEquals(5, harness.latest("pay").getStartDelayInSeconds());
    }

    @Test
    void shouldBackOffExponentiallyFromAttemptToAttempt() {
        // given
        TaskDef def = taskDef("pay", 3);
        def.setRetryDelaySeconds(2);
        def.setRetryLogic(RetryLogic.EXPONENTIAL_BACKOFF);
        WorkflowHarness harness = started(def);

        // when
        harness.fail("pay", "1").fail("pay", "2").fail("pay", "3");

        // then
        assertEquals(List.of(0L, 2_000L, 4_000L, 8_000L), harness.dispatches().stream()
                .map(dispatch -> dispatch.visibleAfter() - harness.now()).toList());
        assertEquals(8, harness.latest("pay").getCallbackAfterSeconds());
        assertEquals(List.of(0, 1, 2, 3), harness.attempts("pay").stream().map(Task::getRetryCount).toList());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
    }

    @Test
    void shouldCarryOnWhenARetrySucceeds() {
        // given
        WorkflowHarness harness = started(taskDef("pay", 1)).fail("pay", "declined");

        // when
        harness.complete("pay", Map.of("paid", true));

        // then
        assertEquals(TaskStatus.SCHEDULED, harness.latest("ship").getStatus());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
    }

    @Test
    void shouldFailTheWorkflowWhenRetriesAreUsedUp() {
        WorkflowHarness harness = started(taskDef("pay", 1)).fail("pay", "declined").fail("pay", "declined again");

        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertTrue(harness.workflow().getReasonForIncompletion().contains("declined again"),
                harness.workflow().getReasonForIncompletion());
        assertEquals(Set.of("pay"), harness.workflow().getFailedReferenceTaskNames());
        assertEquals(harness.latest("pay").getTaskId(), harness.workflow().getFailedTaskId());
        assertEquals("workflow.failed", harness.eventTypes().getLast());
        assertEquals(2, harness.attempts("pay").size());
        assertTrue(harness.workflow().getReasonForIncompletion().contains(harness.latest("pay").getTaskId()),
                "the reason names the task");
        assertEquals(Set.of("pay"), harness.workflow().getFailedTaskNames());
        assertEquals(harness.now(), harness.workflow().getEndTime());
        assertEquals(1, harness.workflow().getTasks().stream().filter(t -> t.getStatus() == TaskStatus.FAILED
                && !t.isRetried()).count(), "only the last attempt stays unretried");
    }

    @Test
    void shouldNotRetryATerminalError() {
        WorkflowHarness harness = started(taskDef("pay", 5)).failTerminally("pay", "fraud");

        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertEquals(1, harness.attempts("pay").size());
    }

    @Test
    void shouldLetTheWorkflowTasksRetryCountOverrideTheDefinitions() {
        TaskDef def = taskDef("pay", 5);
        WorkflowTask pay = worker("pay", Map.of(), def);
        pay.setRetryCount(0);
        WorkflowHarness harness = new WorkflowHarness().start(definition(pay), Map.of()).fail("pay", "no");

        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldRetryByTheWorkflowTasksRetryCountWhenTheDefinitionAllowsNone() {
        WorkflowTask pay = worker("pay", Map.of(), taskDef("pay", 0));
        pay.setRetryCount(1);
        WorkflowHarness harness = new WorkflowHarness().start(definition(pay), Map.of()).fail("pay", "once");

        assertEquals(2, harness.attempts("pay").size());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());

        harness.fail("pay", "twice");

        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldCarryOnPastAnOptionalTaskThatFailedForGood() {
        WorkflowTask pay = worker("pay", Map.of(), taskDef("pay", 0));
        pay.setOptional(true);
        WorkflowHarness harness = new WorkflowHarness().start(definition(pay, worker("ship", Map.of())), Map.of())
                .fail("pay", "optional anyway");

        assertEquals(TaskStatus.COMPLETED_WITH_ERRORS, harness.latest("pay").getStatus());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("ship").getStatus());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals("task.completed", harness.lastDecision().events().get(1).eventType());

        harness.complete("ship", Map.of());

        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldRetryAnOptionalTaskBeforeExcusingIt() {
        WorkflowTask pay = worker("pay", Map.of(), taskDef("pay", 1));
        pay.setOptional(true);
        WorkflowHarness harness = new WorkflowHarness().start(definition(pay, worker("ship", Map.of())), Map.of())
                .fail("pay", "first");

        assertEquals(TaskStatus.SCHEDULED, harness.latest("pay").getStatus());
        assertTrue(harness.attempts("ship").isEmpty(), "ship waits for the retry");

        harness.failTerminally("pay", "for good");

        assertEquals(TaskStatus.COMPLETED_WITH_ERRORS, harness.latest("pay").getStatus());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("ship").getStatus());
    }
}
