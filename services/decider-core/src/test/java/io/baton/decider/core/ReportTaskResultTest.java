package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.json.Json;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTaskResultTest {
    private static WorkflowDef twoSteps() {
        WorkflowDef def = definition(
                worker("first_ref", Map.of("x", "${workflow.input.x}")),
                worker("second_ref", Map.of("x", "${workflow.input.x}", "y", "${first_ref.output.y}")));
        def.setOutputParameters(Map.of("result", "${second_ref.output.r}", "y", "${first_ref.output.y}"));
        return def;
    }

    @Test
    void shouldRunTwoTasksInSequenceWithResolvedInputsToCompletion() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", "hello"))
                .poll("first_ref", "w1").advanceClock(10).complete("first_ref", Map.of("y", 7));

        assertEquals(TaskStatus.COMPLETED, harness.latest("first_ref").getStatus());
        assertEquals(Map.of("x", "hello", "y", 7), harness.latest("second_ref").getInputData());

        harness.poll("second_ref", "w1").advanceClock(10).complete("second_ref", Map.of("r", "done"));

        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(harness.now(), harness.workflow().getEndTime());
        assertEquals(Map.of("result", "done", "y", 7), harness.workflow().getOutput());
        assertEquals(List.of("workflow.started", "task.scheduled", "task.in_progress", "task.completed",
                "task.scheduled", "task.in_progress", "task.completed", "workflow.completed"), harness.eventTypes());
    }

    @Test
    void shouldTakeTheLastTasksOutputWhenTheDefinitionNamesNoOutput() {
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("only", Map.of())), Map.of())
                .complete("only", Map.of("answer", 42));

        assertEquals(Map.of("answer", 42), harness.workflow().getOutput());
    }

    @Test
    void shouldStartAndFinishATaskWhoseResultOvertakesItsPollRecord() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1));
        String firstId = harness.latest("first_ref").getTaskId();
        harness.complete("first_ref", Map.of("y", 2));
        harness.apply(new RecordTaskPoll("late-poll", "wf-1", harness.now(), firstId, "w1"));

        assertFalse(harness.lastDecision().applied(), "the late poll record changes nothing");
        assertEquals(TaskStatus.COMPLETED, harness.latest("first_ref").getStatus());
        assertEquals(1, harness.latest("first_ref").getPollCount());
        assertEquals("worker-1", harness.latest("first_ref").getWorkerId());
    }

    @Test
    void shouldCountAPollAgainAfterACallbackWithoutAnotherStatusEvent() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1))
                .poll("first_ref", "w1").inProgress("first_ref", Map.of(), 0).poll("first_ref", "w2");

        assertEquals(2, harness.latest("first_ref").getPollCount());
        assertEquals("w2", harness.latest("first_ref").getWorkerId());
        assertEquals(List.of("workflow.started", "task.scheduled", "task.in_progress"), harness.eventTypes());
    }

    @Test
    void shouldKeepATaskRunningWithNewOutputOnAnInProgressReport() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1))
                .poll("first_ref", "w1").inProgress("first_ref", Map.of("percent", 50), 30);

        assertEquals(TaskStatus.IN_PROGRESS, harness.latest("first_ref").getStatus());
        assertEquals(Map.of("percent", 50), harness.latest("first_ref").getOutputData());
        assertEquals(30, harness.latest("first_ref").getCallbackAfterSeconds());
        assertEquals(1, harness.workflow().getTasks().size(), "nothing after it is scheduled");
    }

    @Test
    void shouldIgnoreResultsForUnknownOrFinishedTasksAndFinishedWorkflows() {
        WorkflowHarness harness = new WorkflowHarness().start(definition(worker("only", Map.of())), Map.of());
        harness.apply(harness.reportCommand("no-such-task", TaskResultStatus.COMPLETED, Map.of(), null, 0));
        assertFalse(harness.lastDecision().applied());

        String taskId = harness.latest("only").getTaskId();
        harness.complete("only", Map.of("n", 1));
        String completed = Json.write(harness.workflow());
        harness.apply(harness.reportCommand(taskId, TaskResultStatus.FAILED, Map.of(), "late", 0));

        assertFalse(harness.lastDecision().applied(), harness.lastDecision().ignoredBecause());
        assertEquals(completed, Json.write(harness.workflow()));
    }

    @Test
    void shouldIgnoreCommandsForAWorkflowThatDoesNotExist() {
        Decision decision = new Decider().apply(null, new RecordTaskPoll("c", "nope", 0, "t", "w"),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertFalse(decision.applied());
        assertTrue(decision.ignoredBecause().contains("nope"));
    }

    @Test
    void shouldRunSystemTasksInlineAndMoveOn() {
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                system(TaskType.SET_VARIABLE, "remember", Map.of("customer", "${workflow.input.customer}")),
                system(TaskType.NOOP, "nothing", Map.of()),
                worker("greet", Map.of("name", "${workflow.variables.customer}"))), Map.of("customer", "ada"));

        assertEquals(Map.of("customer", "ada"), harness.workflow().getVariables());
        assertEquals(TaskStatus.COMPLETED, harness.latest("remember").getStatus());
        assertEquals(TaskStatus.COMPLETED, harness.latest("nothing").getStatus());
        assertEquals(Map.of("name", "ada"), harness.latest("greet").getInputData());
        assertEquals(1, harness.dispatches().size(), "only the worker task goes to a queue");
    }

    @Test
    void shouldFailTheWorkflowOnATaskTypeItDoesNotRunYet() {
        WorkflowHarness harness = new WorkflowHarness()
                .start(definition(system(TaskType.HTTP, "call", Map.of())), Map.of());

        assertEquals(WorkflowStatus.FAILED, harness.workflow().getStatus());
        assertEquals(TaskStatus.FAILED_WITH_TERMINAL_ERROR, harness.latest("call").getStatus());
        assertTrue(harness.workflow().getReasonForIncompletion().contains("HTTP"),
                harness.workflow().getReasonForIncompletion());
    }

    @Test
    void shouldDecideTheSameWayEveryTimeAndLeaveItsInputAlone() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1));
        var state = harness.workflow();
        String before = Json.write(state);
        var command = harness.reportCommand(harness.latest("first_ref").getTaskId(), TaskResultStatus.COMPLETED,
                Map.of("y", 2), null, 0);
        Clock clock = Clock.fixed(Instant.ofEpochMilli(harness.now()), ZoneOffset.UTC);

        Decision once = new Decider().apply(state, command, clock);
        Decision again = new Decider().apply(state, command, clock);

        assertEquals(before, Json.write(state), "the input state is not modified");
        assertEquals(Json.write(once.workflow()), Json.write(again.workflow()));
        assertEquals(Json.write(once.dispatches()), Json.write(again.dispatches()));
        assertEquals(Json.write(once.events()), Json.write(again.events()));
    }
}
