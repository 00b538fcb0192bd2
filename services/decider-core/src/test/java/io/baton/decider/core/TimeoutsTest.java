package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TimerFired;
import io.baton.model.messaging.TimerPurpose;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskTimeoutPolicy;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTimeoutPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Conductor's timeouts, struck by the timers the decider sets (DeciderService's timeout checks). */
class TimeoutsTest {

    private static TaskDef def(int retryCount, TaskTimeoutPolicy policy) {
        TaskDef def = taskDef("pay", retryCount);
        def.setTimeoutPolicy(policy);
        return def;
    }

    private static WorkflowHarness started(TaskDef def) {
        return new WorkflowHarness().start(definition(worker("pay", Map.of(), def), worker("ship", Map.of())), Map.of());
    }

    /** A task polled by a worker, timed out after 10 s without an update. */
    private static WorkflowHarness polledWithResponseTimeout(int retryCount) {
        TaskDef def = def(retryCount, TaskTimeoutPolicy.RETRY);
        def.setResponseTimeoutSeconds(10);
        return started(def).poll("pay", "w1");
    }

    private static List<TimerPurpose> purposes(WorkflowHarness harness) {
        return harness.timers().stream().map(timer -> timer.command().purpose()).toList();
    }

    // --- responseTimeoutSeconds ---------------------------------------------------------------------------------

    @Test
    void shouldTimeOutAPolledTaskWithoutAnUpdateAndRetryItAsANewTaskWithdrawingTheOld() {
        WorkflowHarness harness = polledWithResponseTimeout(1);
        Task first = harness.latest("pay");
        assertEquals(List.of(new DurableTimer(harness.now() + 10_000, new TimerFired(
                harness.timers().getFirst().command().commandId(), "wf-1", harness.now() + 10_000, first.getTaskId(),
                TimerPurpose.RESPONSE_TIMEOUT))), harness.timers());

        harness.elapse(9_999);
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("pay").getStatus());
        harness.elapse(1);

        List<Task> attempts = harness.attempts("pay");
        assertEquals(TaskStatus.TIMED_OUT, attempts.get(0).getStatus());
        assertEquals("responseTimeout: 10 exceeded for the taskId: " + first.getTaskId()
                + " with Task Definition: pay", attempts.get(0).getReasonForIncompletion());
        assertEquals(harness.now(), attempts.get(0).getEndTime());
        assertTrue(attempts.get(0).isRetried());
        Task retry = attempts.get(1);
        assertEquals(TaskStatus.SCHEDULED, retry.getStatus());
        assertEquals(first.getTaskId(), retry.getRetriedTaskId());
        assertEquals(1, retry.getRetryCount());
        assertEquals(List.of(new TaskCanceled(harness.withdrawals().getFirst().messageId(), "wf-1", first.getTaskId(),
                "pay")), harness.withdrawals());
        assertEquals(retry.getTaskId(), harness.dispatches().getLast().task().getTaskId());
        assertEquals(List.of("task.timed_out", "task.scheduled"),
                harness.lastDecision().events().stream().map(StatusEvent::eventType).toList());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals(List.of(), harness.timers(), "the new attempt waits for a poll and has no poll timeout");
    }

    @Test
    void shouldCountTheResponseTimeoutFromTheLastUpdatePlusItsCallback() {
        WorkflowHarness harness = polledWithResponseTimeout(0).elapse(8_000).inProgress("pay", Map.of("p", 1), 5);
        long updated = harness.now();
        assertEquals(List.of(updated + 15_000), harness.timers().stream().map(DurableTimer::fireAt).toList(),
                "the update replaced the earlier timer");

        harness.elapse(14_999);
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("pay").getStatus());
        harness.elapse(1);
        assertEquals(TaskStatus.TIMED_OUT, harness.latest("pay").getStatus());
    }

    @Test
    void shouldKeepATaskWhoseWorkerExtendsItsLease() {
        WorkflowHarness harness = polledWithResponseTimeout(0).elapse(9_000);
        harness.apply(extendLease(harness, "pay")).elapse(9_000);

        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("pay").getStatus());
        harness.complete("pay", Map.of());
        assertEquals(TaskStatus.COMPLETED, harness.latest("pay").getStatus());
    }

    private static ReportTaskResult extendLease(WorkflowHarness harness, String ref) {
        ReportTaskResult report = harness.reportCommand(harness.latest(ref).getTaskId(),
                TaskResultStatus.IN_PROGRESS, Map.of(), null, 0);
        report.result().setExtendLease(true);
        return report;
    }

    @Test
    void shouldTimeOutTheWorkflowWhenAResponseTimeoutLeavesNoRetry() {
        WorkflowHarness harness = polledWithResponseTimeout(0);
        String taskId = harness.latest("pay").getTaskId();

        harness.elapse(10_000);

        assertEquals(WorkflowStatus.TIMED_OUT, harness.workflow().getStatus());
        assertEquals("Task " + taskId + " failed with status: TIMED_OUT and reason: 'responseTimeout: 10 exceeded for "
                + "the taskId: " + taskId + " with Task Definition: pay'", harness.workflow().getReasonForIncompletion());
        assertEquals(Set.of("pay"), harness.workflow().getFailedReferenceTaskNames());
        assertEquals(List.of("task.timed_out", "workflow.timed_out"),
                harness.lastDecision().events().stream().map(StatusEvent::eventType).toList());
        assertEquals(List.of(), harness.timers());
    }

    @Test
    void shouldIgnoreALateResultForATaskThatTimedOut() {
        WorkflowHarness harness = polledWithResponseTimeout(1);
        String first = harness.latest("pay").getTaskId();
        harness.elapse(10_000);

        harness.apply(harness.reportCommand(first, TaskResultStatus.COMPLETED, Map.of(), null, 0));

        assertFalse(harness.lastDecision().applied());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("pay").getStatus());
    }

    // --- timeoutSeconds -----------------------------------------------------------------------------------------

    @Test
    void shouldTimeOutARunningTaskAfterTimeoutSecondsAndRetryItUnderRetry() {
        TaskDef def = def(1, TaskTimeoutPolicy.RETRY);
        def.setTimeoutSeconds(30);
        def.setResponseTimeoutSeconds(30);
        WorkflowHarness harness = started(def).poll("pay", "w1");
        for (int i = 0; i < 2; i++) {
            harness.elapse(10_000).inProgress("pay", Map.of(), 0);
        }
        harness.elapse(9_999);
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("pay").getStatus());

        harness.elapse(1);

        Task timedOut = harness.attempts("pay").getFirst();
        assertEquals(TaskStatus.TIMED_OUT, timedOut.getStatus());
        assertEquals("Task timed out after 30 seconds. Timeout configured as 30 seconds. Timeout policy configured to "
                + "RETRY", timedOut.getReasonForIncompletion());
        assertEquals(2, harness.attempts("pay").size());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
    }

    @Test
    void shouldTimeOutTheWorkflowAtOnceUnderTimeOutWfEvenWithRetriesLeft() {
        TaskDef def = def(3, TaskTimeoutPolicy.TIME_OUT_WF);
        def.setTimeoutSeconds(30);
        WorkflowHarness harness = started(def).poll("pay", "w1").elapse(30_000);

        Task timedOut = harness.latest("pay");
        assertEquals(1, harness.attempts("pay").size());
        assertEquals(TaskStatus.TIMED_OUT, timedOut.getStatus());
        assertEquals(WorkflowStatus.TIMED_OUT, harness.workflow().getStatus());
        assertEquals("Task timed out after 30 seconds. Timeout configured as 30 seconds. Timeout policy configured to "
                + "TIME_OUT_WF", harness.workflow().getReasonForIncompletion());
        assertEquals(timedOut.getTaskId(), harness.workflow().getFailedTaskId());
        assertEquals(List.of(timedOut.getTaskId()), harness.withdrawals().stream().map(TaskCanceled::taskId).toList());
        assertEquals(List.of("task.timed_out", "workflow.timed_out"),
                harness.lastDecision().events().stream().map(StatusEvent::eventType).toList());
    }

    @Test
    void shouldOnlyAlertUnderAlertOnly() {
        TaskDef def = def(0, TaskTimeoutPolicy.ALERT_ONLY);
        def.setTimeoutSeconds(30);
        def.setPollTimeoutSeconds(5);
        WorkflowHarness harness = started(def);
        assertEquals(List.of(), harness.timers());

        harness.elapse(60_000).poll("pay", "w1").elapse(60_000);

        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("pay").getStatus());
        assertEquals(List.of(TimerPurpose.RESPONSE_TIMEOUT), purposes(harness),
                "the response timeout applies whatever the policy");
    }

    @Test
    void shouldCountTimeoutSecondsFromTheStartDelay() {
        TaskDef def = def(0, TaskTimeoutPolicy.TIME_OUT_WF);
        def.setTimeoutSeconds(30);
        WorkflowDef workflowDef = definition(worker("pay", Map.of(), def));
        workflowDef.getTasks().getFirst().setStartDelay(5);
        WorkflowHarness harness = new WorkflowHarness().start(workflowDef, Map.of()).poll("pay", "w1");

        assertEquals(harness.now() + 35_000, harness.timers().stream()
                .filter(t -> t.command().purpose() == TimerPurpose.TASK_TIMEOUT).findFirst().orElseThrow().fireAt());
    }

    // --- pollTimeoutSeconds -------------------------------------------------------------------------------------

    @Test
    void shouldTimeOutATaskNoWorkerPolledAndRetryItAfterItsDelay() {
        TaskDef def = def(1, TaskTimeoutPolicy.RETRY);
        def.setPollTimeoutSeconds(5);
        def.setRetryDelaySeconds(10);
        WorkflowHarness harness = started(def);
        long scheduled = harness.now();
        assertEquals(List.of(scheduled + 5_000), harness.timers().stream().map(DurableTimer::fireAt).toList());

        harness.elapse(5_000);

        Task timedOut = harness.attempts("pay").getFirst();
        assertEquals(TaskStatus.TIMED_OUT, timedOut.getStatus());
        assertEquals("Task poll timed out after 5 seconds. Poll timeout configured as 5 seconds. Timeout policy "
                + "configured to RETRY", timedOut.getReasonForIncompletion());
        assertEquals(List.of(timedOut.getTaskId()), harness.withdrawals().stream().map(TaskCanceled::taskId).toList());
        assertEquals(List.of(harness.now() + 15_000), harness.timers().stream().map(DurableTimer::fireAt).toList(),
                "the retry's poll timeout counts from the end of its retry delay");
    }

    @Test
    void shouldDropThePollTimeoutOnceTheTaskIsPolled() {
        TaskDef def = def(0, TaskTimeoutPolicy.TIME_OUT_WF);
        def.setPollTimeoutSeconds(5);
        WorkflowHarness harness = started(def).elapse(4_000).poll("pay", "w1").elapse(10_000);

        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("pay").getStatus());
        assertEquals(List.of(TimerPurpose.RESPONSE_TIMEOUT), purposes(harness));
    }

    // --- totalTimeoutSeconds ------------------------------------------------------------------------------------

    @Test
    void shouldStopRetryingOnceAllAttemptsTogetherRanForTheTotalTimeout() {
        TaskDef def = def(5, TaskTimeoutPolicy.RETRY);
        def.setResponseTimeoutSeconds(10);
        def.setTotalTimeoutSeconds(25);
        WorkflowHarness harness = started(def);
        long firstScheduled = harness.now();

        harness.poll("pay", "w1").elapse(10_000).poll("pay", "w2").elapse(10_000).poll("pay", "w3");
        assertEquals(3, harness.attempts("pay").size());
        assertEquals(List.of(firstScheduled + 25_000, harness.now() + 10_000),
                harness.timers().stream().map(DurableTimer::fireAt).toList());

        harness.elapse(5_000);

        Task last = harness.latest("pay");
        assertEquals(3, harness.attempts("pay").size());
        assertEquals(TaskStatus.TIMED_OUT, last.getStatus());
        assertTrue(last.getReasonForIncompletion().startsWith("Task pay/" + last.getTaskId()
                + " exceeded total timeout of 25 seconds (elapsed 25 seconds"), last.getReasonForIncompletion());
        assertEquals(WorkflowStatus.TIMED_OUT, harness.workflow().getStatus());
    }

    @Test
    void shouldNotRetryAFailureOnceTheTotalTimeoutIsSpent() {
        TaskDef def = def(5, TaskTimeoutPolicy.ALERT_ONLY);
        def.setTotalTimeoutSeconds(20);
        WorkflowHarness harness = started(def).advanceClock(20_000).fail("pay", "boom");

        assertEquals(1, harness.attempts("pay").size());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    // --- workflow timeoutSeconds --------------------------------------------------------------------------------

    private static WorkflowHarness startedWithWorkflowTimeout(WorkflowTimeoutPolicy policy) {
        WorkflowDef workflowDef = definition(worker("pay", Map.of()), worker("ship", Map.of()));
        workflowDef.setTimeoutSeconds(60);
        workflowDef.setTimeoutPolicy(policy);
        return new WorkflowHarness().start(workflowDef, Map.of());
    }

    @Test
    void shouldTimeOutTheWorkflowAfterItsTimeoutSecondsCancelingWhatIsPending() {
        WorkflowHarness harness = startedWithWorkflowTimeout(WorkflowTimeoutPolicy.TIME_OUT_WF);
        assertEquals(List.of(TimerPurpose.WORKFLOW_TIMEOUT), purposes(harness));
        assertNull(harness.timers().getFirst().command().taskId());

        harness.complete("pay", Map.of()).elapse(60_000);

        assertEquals(WorkflowStatus.TIMED_OUT, harness.workflow().getStatus());
        assertEquals("Workflow timed out after 60 seconds. Timeout configured as 60 seconds. Timeout policy configured "
                + "to TIME_OUT_WF", harness.workflow().getReasonForIncompletion());
        assertEquals(TaskStatus.CANCELED, harness.latest("ship").getStatus());
        assertEquals(List.of(harness.latest("ship").getTaskId()),
                harness.withdrawals().stream().map(TaskCanceled::taskId).toList());
        assertEquals(List.of("task.canceled", "workflow.timed_out"),
                harness.lastDecision().events().stream().map(StatusEvent::eventType).toList());
        assertEquals(List.of(), harness.timers());
    }

    @Test
    void shouldLetTheWorkflowRunOnUnderAlertOnly() {
        WorkflowHarness harness = startedWithWorkflowTimeout(WorkflowTimeoutPolicy.ALERT_ONLY).elapse(120_000);

        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals(List.of(), harness.timers());
    }

    @Test
    void shouldTimeOutAPausedWorkflowToo() {
        WorkflowHarness harness = startedWithWorkflowTimeout(WorkflowTimeoutPolicy.TIME_OUT_WF).pause().elapse(60_000);

        assertEquals(WorkflowStatus.TIMED_OUT, harness.workflow().getStatus());
    }

    @Test
    void shouldCountTheWorkflowTimeoutFromTheLastResume() {
        WorkflowHarness harness = startedWithWorkflowTimeout(WorkflowTimeoutPolicy.TIME_OUT_WF).elapse(10_000).pause()
                .advanceClock(20_000).resume();
        long resumed = harness.now();
        assertEquals(List.of(resumed + 60_000), harness.timers().stream()
                .filter(t -> t.command().purpose() == TimerPurpose.WORKFLOW_TIMEOUT).map(DurableTimer::fireAt).toList());

        harness.elapse(59_999);
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        harness.elapse(1);
        assertEquals(WorkflowStatus.TIMED_OUT, harness.workflow().getStatus());
    }

    // --- timers themselves --------------------------------------------------------------------------------------

    @Test
    void shouldReplaceATasksTimersWhenItChangesAndDropThemWhenItEnds() {
        TaskDef def = def(0, TaskTimeoutPolicy.RETRY);
        def.setPollTimeoutSeconds(5);
        def.setResponseTimeoutSeconds(10);
        WorkflowHarness harness = started(def);
        String taskId = harness.latest("pay").getTaskId();
        assertEquals(List.of(taskId), harness.lastDecision().timers().toSet().stream()
                .map(t -> t.command().taskId()).toList());

        harness.poll("pay", "w1");
        assertFalse(harness.lastDecision().timers().wholeWorkflow());
        assertEquals(List.of(taskId), harness.lastDecision().timers().taskIds());
        assertEquals(List.of(TimerPurpose.RESPONSE_TIMEOUT), purposes(harness));

        harness.complete("pay", Map.of());
        assertEquals(List.of(), harness.timers().stream().filter(t -> taskId.equals(t.command().taskId())).toList());
    }

    @Test
    void shouldApplyATimerAsOfItsDueTimeWhenTheClockIsBehind() {
        WorkflowHarness harness = polledWithResponseTimeout(0);
        TimerFired timer = harness.timers().getFirst().command();

        harness.advanceClock(9_000).apply(timer);

        assertEquals(TaskStatus.TIMED_OUT, harness.latest("pay").getStatus());
        assertEquals(timer.issuedAt(), harness.latest("pay").getEndTime());
    }

    @Test
    void shouldIgnoreATimerWhoseDeadlineMovedOn() {
        WorkflowHarness harness = polledWithResponseTimeout(0);
        TimerFired stale = harness.timers().getFirst().command();
        harness.advanceClock(5_000).inProgress("pay", Map.of(), 0);

        harness.advanceClock(5_000).apply(stale);

        assertFalse(harness.lastDecision().applied());
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("pay").getStatus());
    }
}
