package io.baton.decider.core;

import static io.baton.decider.core.ControlFlowTest.fork;
import static io.baton.decider.core.ControlFlowTest.join;
import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TERMINATE ends the workflow as its input says; DYNAMIC runs the worker task its input names. */
class TerminateAndDynamicTaskTest {

    private static WorkflowTask terminate(String status) {
        return system(TaskType.TERMINATE, "stop", Map.of("terminationStatus", status,
                "terminationReason", "done early", "workflowOutput", Map.of("x", "${workflow.input.x}")));
    }

    @Test
    void shouldEndTheWorkflowWithTheTerminationStatusReasonAndOutput() {
        // when: the other branch's worker task is still pending
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                fork("split", List.of(List.of(worker("slow", Map.of())), List.of(terminate("COMPLETED")))),
                join("merge", "slow", "stop"),
                worker("never", Map.of())), Map.of("x", 1));

        // then: as Conductor 3.32.3 answered the same definition
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals("done early", harness.workflow().getReasonForIncompletion());
        assertEquals(Map.of("x", 1), harness.workflow().getOutput());
        Task stop = harness.latest("stop");
        assertEquals(TaskStatus.COMPLETED, stop.getStatus());
        assertEquals(Map.of("x", 1), stop.getOutputData());
        assertEquals(TaskStatus.CANCELED, harness.latest("slow").getStatus());
        assertEquals(List.of("slow"), harness.withdrawals().stream().map(w -> w.taskId())
                .map(id -> harness.workflow().getTasks().stream().filter(t -> t.getTaskId().equals(id))
                        .findFirst().orElseThrow().getReferenceTaskName()).toList());
        // Conductor also schedules the JOIN (then CANCELED); Baton schedules nothing once the workflow has ended.
        assertEquals(List.of("split", "slow", "stop"),
                harness.workflow().getTasks().stream().map(Task::getReferenceTaskName).toList());
    }

    @Test
    void shouldFailTheWorkflowWhenTerminationStatusIsFailed() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(terminate("FAILED")), Map.of("x", 2));

        // then
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertEquals("done early", harness.workflow().getReasonForIncompletion());
        assertEquals(Map.of("x", 2), harness.workflow().getOutput());
    }

    @Test
    void shouldFailTheTaskForAnUnknownTerminationStatus() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(terminate("DONE")), Map.of());

        // then
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, harness.latest("stop").getStatus());
        assertTrue(harness.latest("stop").getReasonForIncompletion().contains("DONE"));
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }

    @Test
    void shouldScheduleADynamicTaskAsTheWorkerTaskItsInputNames() {
        // given
        WorkflowTask dynamic = system(TaskType.DYNAMIC, "pick", Map.of("taskToRun", "${workflow.input.which}"));
        dynamic.setDynamicTaskNameParam("taskToRun");

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(dynamic, worker("after", Map.of())),
                Map.of("which", "resize"), Map.of("resize", "blue"));

        // then
        Task pick = harness.latest("pick");
        assertEquals("resize", pick.getTaskType());
        assertEquals("resize", pick.getTaskDefName());
        assertEquals(TaskStatus.SCHEDULED, pick.getStatus());
        assertEquals(List.of("blue:resize"), harness.dispatches().stream().map(d -> d.queueName()).toList());

        // when
        harness.complete("pick", Map.of());

        // then
        assertEquals(TaskStatus.SCHEDULED, harness.latest("after").getStatus());
    }

    @Test
    void shouldWithdrawAPendingDynamicTaskFromItsQueueWhenTheWorkflowEnds() {
        // given
        WorkflowTask dynamic = system(TaskType.DYNAMIC, "pick", Map.of("taskToRun", "resize"));
        dynamic.setDynamicTaskNameParam("taskToRun");
        WorkflowHarness harness = new WorkflowHarness().start(definition(dynamic), Map.of());

        // when
        harness.terminate("stop");

        // then
        assertEquals(TaskStatus.CANCELED, harness.latest("pick").getStatus());
        assertEquals(List.of("resize"), harness.withdrawals().stream().map(w -> w.queueName()).toList());
    }

    @Test
    void shouldFailADynamicTaskWithoutAName() {
        // given
        WorkflowTask dynamic = system(TaskType.DYNAMIC, "pick", Map.of());
        dynamic.setDynamicTaskNameParam("taskToRun");

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(dynamic), Map.of());

        // then
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, harness.latest("pick").getStatus());
        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
    }
}
