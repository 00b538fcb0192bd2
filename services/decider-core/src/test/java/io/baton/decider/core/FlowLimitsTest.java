package io.baton.decider.core;

import static io.baton.decider.core.ControlFlowTest.join;
import static io.baton.decider.core.DoWhileTest.loop;
import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configured bounds on a dynamic fork's width and a loop's iterations fail the task, naming the limit. */
class FlowLimitsTest {
    private static final FlowLimits TWO_AND_THREE = new FlowLimits(2, 3);

    private static WorkflowDef fanOut() {
        WorkflowTask fan = system(TaskType.FORK_JOIN_DYNAMIC, "fan", Map.of("forkTaskName", "resize",
                "forkTaskInputs", "${workflow.input.items}"));
        return definition(fan, join("gather"), worker("after", Map.of()));
    }

    @Test
    void shouldForkAsWideAsTheLimit() {
        // when
        WorkflowHarness harness = new WorkflowHarness(TWO_AND_THREE).start(fanOut(),
                Map.of("items", List.of(Map.of("n", 1), Map.of("n", 2))));

        // then
        assertEquals(TaskStatus.COMPLETED, harness.latest("fan").getStatus());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
    }

    @Test
    void shouldFailADynamicForkWiderThanTheLimit() {
        // when
        WorkflowHarness harness = new WorkflowHarness(TWO_AND_THREE).start(fanOut(),
                Map.of("items", List.of(Map.of("n", 1), Map.of("n", 2), Map.of("n", 3))));

        // then: nothing forked, the fork failed for good naming the limit, and the workflow failed with it
        Task fan = harness.latest("fan");
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, fan.getStatus());
        assertEquals("Dynamic fork of 3 tasks is wider than the limit of 2 (baton.limits.fork-width-max)",
                fan.getReasonForIncompletion());
        assertEquals(List.of("fan"), harness.workflow().getTasks().stream().map(Task::getReferenceTaskName).toList());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldFailALoopThatWouldRunPastTheIterationLimit() {
        // given: a loop that never ends by itself
        WorkflowHarness harness = new WorkflowHarness(TWO_AND_THREE).start(definition(
                loop("loop", "true", worker("work", Map.of())), worker("after", Map.of())), Map.of());

        // when: three iterations run
        harness.complete("work__1", Map.of()).complete("work__2", Map.of()).complete("work__3", Map.of());

        // then: no fourth, the loop failed naming the limit, the workflow failed
        Task loop = harness.latest("loop");
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, loop.getStatus());
        assertEquals("DO_WHILE loop reached the limit of 3 iterations (baton.limits.loop-iterations-max)",
                loop.getReasonForIncompletion());
        assertEquals(3, loop.getIteration());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldCompleteALoopThatEndsAtTheIterationLimit() {
        // when
        WorkflowHarness harness = new WorkflowHarness(TWO_AND_THREE).start(definition(
                loop("loop", "$.loop['iteration'] < 3", worker("work", Map.of()))), Map.of());
        harness.complete("work__1", Map.of()).complete("work__2", Map.of()).complete("work__3", Map.of());

        // then
        assertEquals(TaskStatus.COMPLETED, harness.latest("loop").getStatus());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldRefuseLimitsBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new FlowLimits(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new FlowLimits(10, 0));
    }
}
