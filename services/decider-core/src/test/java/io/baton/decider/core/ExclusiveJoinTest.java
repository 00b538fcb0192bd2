package io.baton.decider.core;

import static io.baton.decider.core.ControlFlowTest.switchOn;
import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EXCLUSIVE_JOIN after a SWITCH takes the output of the case's task that ran. */
class ExclusiveJoinTest {

    private static WorkflowDef flow() {
        WorkflowTask join = system(TaskType.EXCLUSIVE_JOIN, "merge", Map.of());
        join.setJoinOn(List.of("a", "b"));
        join.setDefaultExclusiveJoinTask(List.of("other"));
        return definition(
                switchOn("route", "kind", Map.of(
                        "a", List.of(worker("a", Map.of())),
                        "b", List.of(worker("b", Map.of())),
                        "none", List.of()),
                        List.of(worker("other", Map.of()))),
                join,
                worker("after", Map.of("from", "${merge.output.from}")));
    }

    @Test
    void shouldTakeTheOutputOfTheCaseThatRan() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(flow(), Map.of("kind", "b"))
                .complete("b", Map.of("from", "b"));

        // then: as Conductor 3.32.3 answered the same case
        assertEquals(TaskStatus.COMPLETED, harness.latest("merge").getStatus());
        assertEquals(Map.of("from", "b"), harness.latest("merge").getOutputData());
        assertEquals(Map.of("joinOn", List.of("a", "b"), "defaultExclusiveJoinTask", List.of("other")),
                harness.latest("merge").getInputData());
        assertEquals(Map.of("from", "b"), harness.latest("after").getInputData());
    }

    @Test
    void shouldTakeTheDefaultCaseTaskWhenNoJoinedTaskRan() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(flow(), Map.of("kind", "x"))
                .complete("other", Map.of("from", "default"));

        // then
        assertEquals(Map.of("from", "default"), harness.latest("merge").getOutputData());
    }

    @Test
    void shouldCompleteEmptyWhenAnEmptyCaseWasTaken() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(flow(), Map.of("kind", "none"))
                .complete("after", Map.of());

        // then: Conductor would wait forever here
        assertEquals(Map.of(), harness.latest("merge").getOutputData());
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
    }

    @Test
    void shouldJoinAnExcusedOptionalTask() {
        // given
        WorkflowDef def = flow();
        def.getTasks().getFirst().getDecisionCases().get("a").getFirst().setOptional(true);

        // when
        WorkflowHarness harness = new WorkflowHarness().start(def, Map.of("kind", "a")).fail("a", "flaky");

        // then
        assertEquals(TaskStatus.COMPLETED, harness.latest("merge").getStatus());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("after").getStatus());
    }
}
