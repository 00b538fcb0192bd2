package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.messaging.TimerFired;
import io.baton.model.messaging.TimerPurpose;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitTaskTest {

    private static WorkflowHarness startedWaiting(Map<String, Object> waitInput) {
        return new WorkflowHarness().start(definition(system(TaskType.WAIT, "wait_ref", waitInput),
                worker("after_ref", Map.of("waited", "${wait_ref.status}"))), Map.of());
    }

    @Test
    void shouldWaitInProgressForItsDurationThenCompleteByTimerAndMoveOn() {
        WorkflowHarness harness = startedWaiting(Map.of("duration", "2s"));
        long start = harness.now();

        Task waiting = harness.latest("wait_ref");
        assertEquals(TaskStatus.IN_PROGRESS, waiting.getStatus());
        assertEquals(start, waiting.getStartTime());
        assertEquals(2, waiting.getCallbackAfterSeconds());
        assertEquals(List.of(), harness.dispatches(), "a WAIT is never offered to workers");
        assertEquals(List.of(new DurableTimer(start + 2_000, new TimerFired(
                harness.timers().getFirst().command().commandId(), "wf-1", start + 2_000, waiting.getTaskId(),
                TimerPurpose.WAIT_ELAPSED))), harness.timers());

        harness.elapse(1_999);
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("wait_ref").getStatus());

        harness.elapse(1);
        Task done = harness.latest("wait_ref");
        assertEquals(TaskStatus.COMPLETED, done.getStatus());
        assertEquals(start + 2_000, done.getEndTime());
        assertEquals(Map.of("waited", "COMPLETED"), harness.latest("after_ref").getInputData());
        assertEquals(List.of("workflow.started", "task.in_progress", "task.completed", "task.scheduled"),
                harness.eventTypes());
        assertTrue(harness.timers().stream().noneMatch(t -> t.command().purpose() == TimerPurpose.WAIT_ELAPSED));
    }

    @Test
    void shouldReadConductorsLongDurationFormat() {
        WorkflowHarness harness = startedWaiting(Map.of("duration", "1 days 2 hours 3 minutes"));

        assertEquals(harness.now() + (86_400 + 7_200 + 180) * 1000L, harness.timers().getFirst().fireAt());
        assertEquals(93_780, harness.latest("wait_ref").getCallbackAfterSeconds());
    }

    @Test
    void shouldWaitUntilAnInstantGivenInEachOfConductorsDateFormats() {
        long t0 = WorkflowHarness.T0; // 2023-11-14T22:13:20Z
        assertEquals(Instant.parse("2023-11-15T08:30:00Z").toEpochMilli(),
                startedWaiting(Map.of("until", "2023-11-15 08:30")).timers().getFirst().fireAt());
        assertEquals(Instant.parse("2023-11-15T07:30:00Z").toEpochMilli(),
                startedWaiting(Map.of("until", "2023-11-15 08:30 CET")).timers().getFirst().fireAt());
        WorkflowHarness byDay = startedWaiting(Map.of("until", "2023-11-16"));
        assertEquals(Instant.parse("2023-11-16T00:00:00Z").toEpochMilli(), byDay.timers().getFirst().fireAt());
        assertEquals((Instant.parse("2023-11-16T00:00:00Z").toEpochMilli() - t0) / 1000,
                byDay.latest("wait_ref").getCallbackAfterSeconds());
    }

    @Test
    void shouldCompleteAtOnceWhenUntilHasPassed() {
        WorkflowHarness harness = startedWaiting(Map.of("until", "2020-01-01 00:00"));

        assertEquals(TaskStatus.COMPLETED, harness.latest("wait_ref").getStatus());
        assertEquals(0, harness.latest("wait_ref").getCallbackAfterSeconds());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("after_ref").getStatus());
    }

    @Test
    void shouldWaitForAnUpdateWhenGivenNeitherDurationNorUntil() {
        WorkflowHarness harness = startedWaiting(Map.of());

        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("wait_ref").getStatus());
        assertEquals(Integer.MAX_VALUE, harness.latest("wait_ref").getCallbackAfterSeconds());
        assertEquals(List.of(), harness.timers());
        harness.elapse(86_400_000L);
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("wait_ref").getStatus());

        harness.complete("wait_ref", Map.of("approved", true));
        assertEquals(Map.of("approved", true), harness.latest("wait_ref").getOutputData());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("after_ref").getStatus());
    }

    @Test
    void shouldDropItsTimerWhenCompletedFromOutsideFirst() {
        WorkflowHarness harness = startedWaiting(Map.of("duration", "10s"));
        TimerFired timer = harness.timers().getFirst().command();

        harness.advanceClock(5_000).complete("wait_ref", Map.of());
        assertTrue(harness.timers().stream().noneMatch(t -> t.command().purpose() == TimerPurpose.WAIT_ELAPSED));

        // A timer that fires anyway (it was being sent as the task completed) changes nothing.
        harness.advanceClock(5_000).apply(timer);
        assertFalse(harness.lastDecision().applied());
        assertEquals(1, harness.attempts("wait_ref").size());
    }

    @Test
    void shouldFailTerminallyOnInputConductorRefuses() {
        assertRefused(Map.of("duration", "2s", "until", "2030-01-01"),
                "Both 'duration' and 'until' specified. Please provide only one input");
        assertRefused(Map.of("duration", "soon"), "Not valid duration: soon");
        assertRefused(Map.of("until", "next tuesday"), "Invalid/Unsupported Wait Until format.  Provided: next tuesday");
    }

    private static void assertRefused(Map<String, Object> input, String reason) {
        WorkflowHarness harness = startedWaiting(input);
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, harness.latest("wait_ref").getStatus());
        assertEquals(reason, harness.latest("wait_ref").getReasonForIncompletion());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertEquals(List.of(), harness.timers());
    }

    @Test
    void shouldFinishAWaitThatElapsedWhilePausedOnceResumed() {
        WorkflowHarness harness = startedWaiting(Map.of("duration", "2s")).pause().elapse(3_000);
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("wait_ref").getStatus(), "a paused workflow does not move");
        assertEquals(List.of(), harness.timers(), "the timer fired while paused");

        harness.resume().elapse(0);

        assertEquals(TaskStatus.COMPLETED, harness.latest("wait_ref").getStatus());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("after_ref").getStatus());
    }

    @Test
    void shouldLeaveNoTimerBehindAnEndedWorkflowAndIgnoreOneThatFiresLate() {
        WorkflowHarness harness = startedWaiting(Map.of("duration", "2s"));
        TimerFired timer = harness.timers().getFirst().command();

        harness.terminate("stop");
        assertEquals(List.of(), harness.timers());
        assertTrue(harness.lastDecision().timers().wholeWorkflow());

        harness.elapse(5_000).apply(timer);
        assertFalse(harness.lastDecision().applied());
        assertEquals(TaskStatus.CANCELED, harness.latest("wait_ref").getStatus());
        assertEquals(List.of(), harness.withdrawals(), "a WAIT is on no queue");
    }
}
