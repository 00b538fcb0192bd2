package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResumeWorkflowTest {
    private static WorkflowDef twoSteps() {
        return definition(worker("first_ref", Map.of()), worker("second_ref", Map.of("y", "${first_ref.output.y}")));
    }

    @Test
    void shouldRunAgainAndScheduleWhatFollowsTheTasksThatFinishedWhilePaused() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).pause()
                .complete("first_ref", Map.of("y", 7)).advanceClock(1_000).resume();

        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals(harness.now(), harness.workflow().getLastRetriedTime());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("second_ref").getStatus());
        assertEquals(Map.of("y", 7), harness.latest("second_ref").getInputData());
        assertEquals(2, harness.dispatches().size());
        List<StatusEvent> resumeEvents = harness.lastDecision().events();
        assertEquals(List.of("workflow.resumed", "task.scheduled"),
                resumeEvents.stream().map(StatusEvent::eventType).toList());
        assertEquals(WorkflowStatus.RUNNING, ((WorkflowStatusEvent) resumeEvents.getFirst()).status());
    }

    @Test
    void shouldCompleteOnResumeWhenTheLastTaskFinishedWhilePaused() {
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("only", Map.of())), Map.of())
                .pause().complete("only", Map.of("answer", 42)).resume();

        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(Map.of("answer", 42), harness.workflow().getOutput());
        assertEquals(List.of("workflow.resumed", "workflow.completed"),
                harness.lastDecision().events().stream().map(StatusEvent::eventType).toList());
    }

    @Test
    void shouldRetryOnResumeATaskThatFailedWhilePaused() {
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(worker("pay", Map.of(), taskDef("pay", 1))), Map.of())
                .pause().fail("pay", "declined").resume();

        assertEquals(2, harness.attempts("pay").size());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("pay").getStatus());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
    }

    @Test
    void shouldWaitForRunningTasksWhenNothingFinishedWhilePaused() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).poll("first_ref", "w1")
                .pause().resume();

        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("first_ref").getStatus());
        assertEquals(1, harness.workflow().getTasks().size());
    }

    @Test
    void shouldIgnoreAResumeOfAWorkflowThatIsNotPaused() {
        WorkflowHarness running = new WorkflowHarness().start(twoSteps(), Map.of()).resume();
        assertFalse(running.lastDecision().applied());
        assertTrue(running.lastDecision().ignoredBecause().contains("RUNNING"), running.lastDecision().ignoredBecause());

        WorkflowHarness terminated = new WorkflowHarness().start(twoSteps(), Map.of()).pause().terminate("stop")
                .resume();
        assertFalse(terminated.lastDecision().applied());
        assertEquals(WorkflowStatus.TERMINATED, terminated.workflow().getStatus());
    }
}
