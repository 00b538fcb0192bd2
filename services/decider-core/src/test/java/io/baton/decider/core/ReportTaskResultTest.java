package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTaskResultTest {

    /** The foundation issue's workflow: two SIMPLE tasks, the second reading the input and the first's output. */
    private static WorkflowDef twoSteps() {
        WorkflowDef def = definition(
                worker("first_ref", Map.of("x", "${workflow.input.x}")),
                worker("second_ref", Map.of("x", "${workflow.input.x}", "y", "${first_ref.output.y}")));
        def.setOutputParameters(Map.of("result", "${second_ref.output.r}", "y", "${first_ref.output.y}"));
        return def;
    }

    @Test
    void shouldRunTwoTasksInSequenceWithResolvedInputsToCompletion() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", "hello"))
                .poll("first_ref", "w1").advanceClock(10);

        // when
        harness.complete("first_ref", Map.of("y", 7));

        // then
        assertEquals(TaskStatus.COMPLETED, harness.latest("first_ref").getStatus());
        assertEquals(harness.now(), harness.latest("first_ref").getEndTime());
        Task second = harness.latest("second_ref");
        assertEquals(TaskStatus.SCHEDULED, second.getStatus());
        assertEquals(Map.of("x", "hello", "y", 7), second.getInputData());
        assertEquals(List.of(harness.latest("first_ref").getTaskId(), second.getTaskId()),
                harness.lastDecision().changedTasks().stream().map(Task::getTaskId).toList());
        assertEquals("task_second_ref", harness.dispatches().getLast().queueName());
        assertEquals(second.getTaskId(), harness.dispatches().getLast().task().getTaskId());

        // when
        harness.poll("second_ref", "w1").advanceClock(10).complete("second_ref", Map.of("r", "done"));

        // then
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(harness.now(), harness.workflow().getEndTime());
        assertEquals(Map.of("result", "done", "y", 7), harness.workflow().getOutput());
        assertEquals(List.of("workflow.started", "task.scheduled", "task.in_progress", "task.completed",
                "task.scheduled", "task.in_progress", "task.completed", "workflow.completed"), harness.eventTypes());
        WorkflowStatusEvent completed = (WorkflowStatusEvent) harness.lastDecision().events().getLast();
        assertEquals(WorkflowStatus.COMPLETED, completed.status());
        assertEquals(Map.of("result", "done", "y", 7), completed.output());
        assertEquals(2, harness.dispatches().size());
    }

    @Test
    void shouldTakeTheLastTasksOutputWhenTheDefinitionNamesNoOutput() {
        // given
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(worker("one", Map.of()), worker("two", Map.of())), Map.of())
                .complete("one", Map.of("from", "one"));

        // when
        harness.complete("two", Map.of("answer", 42));

        // then
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(Map.of("answer", 42), harness.workflow().getOutput());
    }

    @Test
    void shouldStartAndFinishATaskWhoseResultOvertakesItsPollRecord() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1)).advanceClock(100);

        // when
        harness.complete("first_ref", Map.of("y", 2));

        // then
        Task first = harness.latest("first_ref");
        assertEquals(TaskStatus.COMPLETED, first.getStatus());
        assertEquals(harness.now(), first.getStartTime());
        assertEquals(harness.now(), first.getEndTime());
        assertEquals(1, first.getPollCount());
        assertEquals("worker-1", first.getWorkerId());
        assertEquals(TaskStatus.SCHEDULED, harness.latest("second_ref").getStatus());
    }

    @Test
    void shouldKeepATaskRunningWithNewOutputOnAnInProgressReport() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1)).poll("first_ref", "w1");

        // when
        harness.inProgress("first_ref", Map.of("percent", 50), 30);

        // then
        Task first = harness.latest("first_ref");
        assertEquals(TaskStatus.IN_PROGRESS, first.getStatus());
        assertEquals(Map.of("percent", 50), first.getOutputData());
        assertEquals(30, first.getCallbackAfterSeconds());
        assertEquals(0, first.getEndTime());
        assertEquals(1, harness.workflow().getTasks().size(), "nothing after it is scheduled");
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
        assertTrue(harness.lastDecision().dispatches().isEmpty());
        assertTrue(harness.lastDecision().events().isEmpty(), "the status did not change");
        assertEquals(List.of(first.getTaskId()),
                harness.lastDecision().changedTasks().stream().map(Task::getTaskId).toList());
    }

    @Test
    void shouldAnnounceATaskThatAnInProgressReportStarts() {
        // given: no poll record yet
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1));

        // when
        harness.inProgress("first_ref", Map.of("percent", 10), 0);

        // then: SCHEDULED -> IN_PROGRESS is a status change like any other
        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("first_ref").getStatus());
        assertEquals(1, harness.latest("first_ref").getPollCount());
        assertEquals(List.of("task.in_progress"),
                harness.lastDecision().events().stream().map(e -> e.eventType()).toList());
    }

    @Test
    void shouldExtendTheLeaseWithoutChangingTheTask() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1)).poll("first_ref", "w1")
                .advanceClock(1_000);
        ReportTaskResult extend = harness.reportCommand(harness.latest("first_ref").getTaskId(),
                TaskResultStatus.COMPLETED, Map.of("ignored", true), null, 0);
        extend.result().setExtendLease(true);

        // when
        harness.apply(extend);

        // then
        Task first = harness.latest("first_ref");
        assertEquals(TaskStatus.IN_PROGRESS, first.getStatus());
        assertEquals(Map.of(), first.getOutputData());
        assertEquals(harness.now(), first.getUpdateTime());
        assertTrue(harness.lastDecision().events().isEmpty());
        assertEquals(1, harness.workflow().getTasks().size());
    }

    @Test
    void shouldTerminateTheWorkflowWhenAWorkerCancelsItsTask() {
        // given
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(worker("first_ref", Map.of(), taskDef("first", 3)), worker("second_ref", Map.of())),
                        Map.of());

        // when
        harness.report("first_ref", TaskResultStatus.CANCELED, Map.of(), "stopped", 0);

        // then: CANCELED is not retried and maps to TERMINATED, as in Conductor
        assertEquals(WorkflowStatus.TERMINATED, harness.workflow().getStatus());
        assertEquals(1, harness.attempts("first_ref").size());
        assertEquals("workflow.terminated", harness.eventTypes().getLast());
    }
}
