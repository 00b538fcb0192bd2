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

class RerunWorkflowTest {
    private static WorkflowDef threeSteps() {
        return definition(worker("first_ref", Map.of("x", "${workflow.input.x}")),
                worker("second_ref", Map.of("y", "${first_ref.output.y}")), worker("third_ref", Map.of()));
    }

    private static WorkflowHarness completedRun() {
        return new WorkflowHarness().start(threeSteps(), Map.of("x", 1)).complete("first_ref", Map.of("y", 7))
                .complete("second_ref", Map.of("z", 8)).complete("third_ref", Map.of());
    }

    @Test
    void shouldRunTheSameTaskAgainWithNewInputAndDropTheTasksAfterIt() {
        WorkflowHarness harness = completedRun();
        Task second = harness.latest("second_ref");
        String thirdId = harness.latest("third_ref").getTaskId();
        harness.forgetSent().advanceClock(1_000).rerun(second.getTaskId(), null, Map.of("y", 70), "corr-2");

        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertEquals(0, harness.workflow().getEndTime());
        assertEquals("corr-2", harness.workflow().getCorrelationId());
        assertEquals(List.of(thirdId), harness.lastDecision().removedTaskIds());
        Task rerun = harness.latest("second_ref");
        assertEquals(second.getTaskId(), rerun.getTaskId(), "the task keeps its id, as in Conductor");
        assertEquals(TaskStatus.SCHEDULED, rerun.getStatus());
        assertEquals(Map.of("y", 70), rerun.getInputData());
        assertEquals(Map.of(), rerun.getOutputData());
        assertEquals(harness.now(), rerun.getScheduledTime());
        assertEquals(TaskStatus.COMPLETED, harness.latest("first_ref").getStatus());
        assertEquals(List.of("workflow.reran", "task.scheduled"), harness.eventTypes());
        assertEquals(second.getTaskId(), harness.dispatches().getFirst().task().getTaskId());

        harness.complete("second_ref", Map.of()).complete("third_ref", Map.of("end", 1));
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(Map.of("end", 1), harness.workflow().getOutput());
    }

    @Test
    void shouldRunFromTheFirstTaskWithNewInputWithoutATaskId() {
        WorkflowHarness harness = completedRun().rerun(null, Map.of("x", 2), null, null);

        assertEquals(3, harness.lastDecision().removedTaskIds().size());
        assertEquals(1, harness.workflow().getTasks().size());
        assertEquals(Map.of("x", 2), harness.latest("first_ref").getInputData());
        assertEquals("corr-1", harness.workflow().getCorrelationId());
    }

    @Test
    void shouldIgnoreARerunFromATaskInAForkBranch() {
        WorkflowTask fork = system(TaskType.FORK_JOIN, "fork", Map.of());
        fork.setForkTasks(List.of(List.of(worker("left", Map.of())), List.of(worker("right", Map.of()))));
        WorkflowTask join = system(TaskType.JOIN, "join", Map.of());
        join.setJoinOn(List.of("left", "right"));
        WorkflowHarness harness = new WorkflowHarness().start(definition(fork, join), Map.of())
                .complete("left", Map.of()).complete("right", Map.of());

        harness.rerun(harness.latest("left").getTaskId(), null, null, null);
        assertFalse(harness.lastDecision().applied());
        assertTrue(harness.lastDecision().ignoredBecause().contains("fork branch"));
        harness.rerun(harness.latest("fork").getTaskId(), null, null, null);
        assertTrue(harness.lastDecision().applied(), "from the fork itself, every branch runs again");
        assertEquals(List.of(TaskStatus.SCHEDULED, TaskStatus.SCHEDULED, TaskStatus.IN_PROGRESS),
                List.of(harness.latest("left").getStatus(), harness.latest("right").getStatus(),
                        harness.latest("join").getStatus()));
    }

    @Test
    void shouldIgnoreARerunOfARunningWorkflowOrFromATaskItDoesNotHave() {
        WorkflowHarness running = new WorkflowHarness().start(threeSteps(), Map.of());
        String firstId = running.latest("first_ref").getTaskId();
        running.rerun(firstId, null, null, null);
        assertFalse(running.lastDecision().applied());

        WorkflowHarness unknown = completedRun().rerun("no-such-task", null, null, null);
        assertFalse(unknown.lastDecision().applied());
        assertTrue(unknown.lastDecision().ignoredBecause().contains("no-such-task"));
    }
}
