package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestartWorkflowTest {
    private static WorkflowDef twoSteps() {
        return definition(worker("first_ref", Map.of("x", "${workflow.input.x}")), worker("second_ref", Map.of()));
    }

    @Test
    void shouldDropTheTasksAndRunAFailedWorkflowAgainFromItsFirstTask() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1))
                .complete("first_ref", Map.of()).fail("second_ref", "boom");
        List<String> before = harness.workflow().getTasks().stream().map(Task::getTaskId).toList();
        harness.forgetSent().advanceClock(1_000).restart(null);

        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals(before, harness.lastDecision().removedTaskIds());
        assertEquals(before, harness.removedTaskIdsSent(), "task-queue is told they are gone");
        assertEquals(1, harness.workflow().getTasks().size());
        Task first = harness.latest("first_ref");
        assertEquals(TaskStatus.SCHEDULED, first.getStatus());
        assertEquals(Map.of("x", 1), first.getInputData(), "the input is kept");
        assertFalse(before.contains(first.getTaskId()));
        assertNull(harness.workflow().getReasonForIncompletion());
        assertEquals(0, harness.workflow().getEndTime());
        assertTrue(harness.workflow().getFailedReferenceTaskNames().isEmpty());
        assertEquals(harness.now(), harness.workflow().getCreateTime());
        assertEquals(List.of("workflow.restarted", "task.scheduled"), harness.eventTypes());
        assertEquals(1, harness.dispatches().size());
    }

    @Test
    void shouldRunTheLatestDefinitionWhenTheCommandCarriesIt() {
        WorkflowDef latest = definition(worker("other_ref", Map.of()));
        latest.setVersion(4);
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of()).terminate("stop").restart(latest);

        assertEquals(4, harness.workflow().getWorkflowVersion());
        assertEquals(List.of("other_ref"), harness.workflow().getTasks().stream().map(Task::getReferenceTaskName).toList());
    }

    @Test
    void shouldTellTheDefinitionIsToBeStoredOnlyWhenAStartOrARestartGivesOne() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of());
        assertTrue(harness.lastDecision().definitionReplaced(), "a start gives the workflow its definition");
        harness.complete("first_ref", Map.of());
        assertFalse(harness.lastDecision().definitionReplaced());
        harness.terminate("stop").restart(null);
        assertFalse(harness.lastDecision().definitionReplaced(), "a restart on the definition it had keeps it");
        harness.terminate("stop").restart(definition(worker("other_ref", Map.of())));
        assertTrue(harness.lastDecision().definitionReplaced());
    }

    @Test
    void shouldIgnoreARestartOfARunningOrANonRestartableCompletedWorkflow() {
        WorkflowHarness running = new WorkflowHarness().start(twoSteps(), Map.of()).restart(null);
        assertFalse(running.lastDecision().applied());

        WorkflowDef once = definition(worker("only", Map.of()));
        once.setRestartable(false);
        WorkflowHarness completed = new WorkflowHarness().start(once, Map.of()).complete("only", Map.of()).restart(null);
        assertFalse(completed.lastDecision().applied());
        assertTrue(completed.lastDecision().ignoredBecause().contains("not restartable"));

        WorkflowHarness failed = new WorkflowHarness().start(once, Map.of()).fail("only", "x").restart(null);
        assertTrue(failed.lastDecision().applied(), "only a COMPLETED one is held by restartable=false");
    }
}
