package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HumanTaskTest {

    private static WorkflowHarness started() {
        return new WorkflowHarness().start(definition(system(TaskType.HUMAN, "approve_ref", Map.of("doc", "${workflow.input.doc}")),
                worker("after_ref", Map.of("ok", "${approve_ref.output.ok}"))), Map.of("doc", "d-1"));
    }

    @Test
    void shouldWaitInProgressWithoutWorkersOrTimersUntilCompletedFromOutside() {
        WorkflowHarness harness = started().elapse(7 * 86_400_000L);

        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("approve_ref").getStatus());
        assertEquals(Map.of("doc", "d-1"), harness.latest("approve_ref").getInputData());
        assertEquals(List.of(), harness.dispatches());
        assertEquals(List.of(), harness.timers());

        harness.complete("approve_ref", Map.of("ok", true));

        assertEquals(TaskStatus.COMPLETED, harness.latest("approve_ref").getStatus());
        assertEquals(Map.of("ok", true), harness.latest("after_ref").getInputData());
        assertEquals(1, harness.dispatches().size());
    }

    @Test
    void shouldFailTheWorkflowWhenRejectedFromOutside() {
        WorkflowHarness harness = started().fail("approve_ref", "rejected");

        assertEquals(TaskStatus.FAILED, harness.latest("approve_ref").getStatus());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }
}
