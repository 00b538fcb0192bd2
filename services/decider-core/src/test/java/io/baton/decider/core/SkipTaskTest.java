package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class SkipTaskTest {
    private static WorkflowDef threeSteps() {
        return definition(worker("first_ref", Map.of()), worker("second_ref", Map.of()),
                worker("third_ref", Map.of("s", "${second_ref.output.s}")));
    }

    @Test
    void shouldRecordTheTaskSkippedAndPassOverItWhenTheWorkflowReachesIt() {
        WorkflowHarness harness = new WorkflowHarness().start(threeSteps(), Map.of()).forgetSent()
                .skip("second_ref", Map.of("in", 1), Map.of("s", "given"));

        Task skipped = harness.latest("second_ref");
        assertEquals(TaskStatus.SKIPPED, skipped.getStatus());
        assertEquals(Map.of("in", 1), skipped.getInputData());
        assertEquals(Map.of("s", "given"), skipped.getOutputData());
        assertEquals(List.of("task.completed"), harness.eventTypes());
        assertEquals(List.of(), harness.dispatches());

        harness.complete("first_ref", Map.of());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("third_ref").getStatus());
        assertEquals(Map.of("s", "given"), harness.latest("third_ref").getInputData(), "its output is there to use");
        assertEquals(1, harness.attempts("second_ref").size());

        harness.complete("third_ref", Map.of());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldCompleteWhenTheLastTaskWasSkipped() {
        WorkflowHarness harness = new WorkflowHarness().start(threeSteps(), Map.of()).skip("third_ref", null, null)
                .complete("first_ref", Map.of()).complete("second_ref", Map.of());

        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldLetAJoinCountASkippedBranchTaskAsDone() {
        WorkflowTask fork = system(TaskType.FORK_JOIN, "fork", Map.of());
        fork.setForkTasks(List.of(List.of(worker("left", Map.of())),
                List.of(worker("right_a", Map.of()), worker("right_b", Map.of()))));
        WorkflowTask join = system(TaskType.JOIN, "join", Map.of());
        join.setJoinOn(List.of("left", "right_b"));
        WorkflowHarness harness = new WorkflowHarness().start(definition(fork, join), Map.of())
                .skip("right_b", null, Map.of("b", 2)).complete("right_a", Map.of()).complete("left", Map.of("l", 1));

        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(Map.of("left", Map.of("l", 1), "right_b", Map.of("b", 2)), harness.latest("join").getOutputData());
    }

    @Test
    void shouldIgnoreASkipOfAScheduledOrUnknownTaskOrInAWorkflowNotRunning() {
        WorkflowHarness scheduled = new WorkflowHarness().start(threeSteps(), Map.of()).skip("first_ref", null, null);
        assertFalse(scheduled.lastDecision().applied());
        assertTrue(scheduled.lastDecision().ignoredBecause().contains("already scheduled"));

        WorkflowHarness unknown = new WorkflowHarness().start(threeSteps(), Map.of()).skip("nope", null, null);
        assertFalse(unknown.lastDecision().applied());

        WorkflowHarness paused = new WorkflowHarness().start(threeSteps(), Map.of()).pause().skip("second_ref", null, null);
        assertFalse(paused.lastDecision().applied());
    }
}
