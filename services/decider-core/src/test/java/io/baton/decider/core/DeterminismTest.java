package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.taskDef;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.baton.model.json.Json;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The decider is a pure function: a redelivered command applied to the same state must decide exactly the same
 * (same task ids, same state, same messages), and the state it was given must come back untouched.
 */
class DeterminismTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(WorkflowHarness.T0), ZoneOffset.UTC);

    private static WorkflowDef twoSteps() {
        return definition(
                worker("first_ref", Map.of("x", "${workflow.input.x}", "self", "${CPEWF_TASK_ID}")),
                worker("second_ref", Map.of("y", "${first_ref.output.y}"), taskDef("task_second_ref", 2)));
    }

    private static List<String> taskIds(Decision decision) {
        return decision.workflow().getTasks().stream().map(Task::getTaskId).toList();
    }

    /** Applies the command twice to the same state and checks both decisions are the same, and the state untouched. */
    private static Decision assertDecidesTheSameTwice(Workflow state, WorkflowCommand command) {
        String before = state == null ? null : Json.write(state);

        Decision once = new Decider().apply(state, command, CLOCK);
        Decision again = new Decider().apply(state, command, CLOCK);

        assertEquals(taskIds(once), taskIds(again));
        assertEquals(Json.write(once.workflow()), Json.write(again.workflow()));
        assertEquals(Json.write(once.changedTasks()), Json.write(again.changedTasks()));
        assertEquals(Json.write(once.dispatches()), Json.write(again.dispatches()));
        assertEquals(Json.write(once.events()), Json.write(again.events()));
        if (state != null) {
            assertEquals(before, Json.write(state), "the input state is not modified");
        }
        return once;
    }

    @Test
    void shouldStartTheSameWayEveryTime() {
        StartWorkflow start = new StartWorkflow("cmd-1", "wf-1", WorkflowHarness.T0, twoSteps(), Map.of("x", 1),
                null, 0, Map.of(), null, null, null, null, null);

        Decision decision = assertDecidesTheSameTwice(null, start);

        assertEquals(decision.workflow().getTasks().getFirst().getTaskId(),
                decision.workflow().getTasks().getFirst().getInputData().get("self"),
                "an id the input refers to is the same id as well");
    }

    @Test
    void shouldApplyAResultTheSameWayEveryTimeAndLeaveItsInputAlone() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1)).poll("first_ref", "w1");

        assertDecidesTheSameTwice(harness.workflow(), harness.reportCommand(harness.latest("first_ref").getTaskId(),
                TaskResultStatus.COMPLETED, Map.of("y", 2), null, 0));
    }

    @Test
    void shouldRetryTheSameWayEveryTime() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1))
                .complete("first_ref", Map.of("y", 2));

        Decision decision = assertDecidesTheSameTwice(harness.workflow(), harness.reportCommand(
                harness.latest("second_ref").getTaskId(), TaskResultStatus.FAILED, Map.of(), "flaky", 0));

        assertEquals(3, decision.workflow().getTasks().size(), "the retry is part of the decision");
    }

    @Test
    void shouldLeaveTheInputStateAloneWhenTheWorkflowEnds() {
        WorkflowHarness harness = new WorkflowHarness().start(twoSteps(), Map.of("x", 1))
                .complete("first_ref", Map.of("y", 2));

        Decision decision = assertDecidesTheSameTwice(harness.workflow(), harness.reportCommand(
                harness.latest("second_ref").getTaskId(), TaskResultStatus.COMPLETED, Map.of("z", 3), null, 0));

        assertNotEquals(harness.workflow().getStatus(), decision.workflow().getStatus());
    }

    @Test
    void shouldMintDifferentIdsForDifferentCommands() {
        StartWorkflow one = new StartWorkflow("cmd-1", "wf-1", WorkflowHarness.T0, twoSteps(), Map.of(), null, 0,
                Map.of(), null, null, null, null, null);
        StartWorkflow other = new StartWorkflow("cmd-2", "wf-1", WorkflowHarness.T0, twoSteps(), Map.of(), null, 0,
                Map.of(), null, null, null, null, null);

        assertNotEquals(taskIds(new Decider().apply(null, one, CLOCK)), taskIds(new Decider().apply(null, other, CLOCK)));
    }
}
