package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.json.Json;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PauseWorkflowTest {
    private static WorkflowDef twoSteps() {
        return definition(worker("first_ref", Map.of()), worker("second_ref", Map.of("y", "${first_ref.output.y}")));
    }

    @Test
    void shouldPauseARunningWorkflowAndAnnounceIt() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).advanceClock(5).pause();

        assertTrue(harness.lastDecision().applied());
        assertEquals(WorkflowStatus.PAUSED, harness.workflow().getStatus());
        assertEquals(harness.now(), harness.workflow().getUpdateTime());
        assertEquals(List.of("workflow.started", "task.scheduled", "workflow.paused"), harness.eventTypes());
        assertTrue(harness.lastDecision().dispatches().isEmpty());
        assertTrue(harness.lastDecision().changedTasks().isEmpty(), "pausing touches no task");
    }

    @Test
    void shouldRecordResultsWhilePausedButScheduleNothingNew() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).pause()
                .poll("first_ref", "w1").complete("first_ref", Map.of("y", 7));

        assertEquals(WorkflowStatus.PAUSED, harness.workflow().getStatus());
        assertEquals(TaskStatus.COMPLETED, harness.latest("first_ref").getStatus());
        assertEquals(Map.of("y", 7), harness.latest("first_ref").getOutputData());
        assertEquals(1, harness.workflow().getTasks().size(), "the next task waits for the resume");
        assertEquals(1, harness.dispatches().size());
        assertEquals(List.of("workflow.started", "task.scheduled", "workflow.paused", "task.in_progress",
                "task.completed"), harness.eventTypes());
    }

    @Test
    void shouldNotRetryAFailedTaskWhilePaused() {
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(worker("pay", Map.of(), WorkflowHarness.taskDef("pay", 1))), Map.of())
                .pause().fail("pay", "declined");

        assertEquals(1, harness.attempts("pay").size());
        assertEquals(WorkflowStatus.PAUSED, harness.workflow().getStatus());
    }

    @Test
    void shouldIgnoreAPauseOfAWorkflowThatIsNotRunning() {
        WorkflowHarness paused = new WorkflowHarness().start(twoSteps(), Map.of()).pause();
        String before = Json.write(paused.workflow());
        paused.pause();
        assertFalse(paused.lastDecision().applied());
        assertEquals(before, Json.write(paused.workflow()));

        WorkflowHarness completed = new WorkflowHarness().start(definition(worker("only", Map.of())), Map.of())
                .complete("only", Map.of()).pause();
        assertFalse(completed.lastDecision().applied());
        assertTrue(completed.lastDecision().ignoredBecause().contains("COMPLETED"),
                completed.lastDecision().ignoredBecause());
        assertEquals(WorkflowStatus.COMPLETED, completed.workflow().getStatus());
    }
}
