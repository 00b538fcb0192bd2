package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.decider.core.task.TaskTypes;
import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** System tasks run inside the decision; worker tasks go to a queue; built-in types Baton lacks fail the workflow. */
class TaskTypesTest {

    @Test
    void shouldRunSystemTasksInlineAndMoveOn() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                system(TaskType.SET_VARIABLE, "remember", Map.of("customer", "${workflow.input.customer}")),
                system(TaskType.NOOP, "nothing", Map.of()),
                worker("greet", Map.of("name", "${workflow.variables.customer}"))), Map.of("customer", "ada"));

        // then: all of it happened within the start's decision
        assertEquals(Map.of("customer", "ada"), harness.workflow().getVariables());
        Task remember = harness.latest("remember");
        assertEquals(TaskStatus.COMPLETED, remember.getStatus());
        assertEquals(TaskType.SET_VARIABLE, remember.getTaskType(), "a system task is named after its type");
        assertEquals(harness.now(), remember.getStartTime());
        assertEquals(harness.now(), remember.getEndTime());
        assertEquals(TaskStatus.COMPLETED, harness.latest("nothing").getStatus());
        assertEquals(Map.of("name", "ada"), harness.latest("greet").getInputData());
        assertEquals(1, harness.dispatches().size(), "only the worker task goes to a queue");
        assertEquals("task_greet", harness.dispatches().getFirst().queueName());
        assertEquals(List.of("workflow.started", "task.completed", "task.completed", "task.scheduled"),
                harness.eventTypes());
        assertEquals(3, harness.lastDecision().changedTasks().size());
    }

    @Test
    void shouldCompleteAWorkflowOfSystemTasksInTheStartDecision() {
        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(
                system(TaskType.NOOP, "a", Map.of()), system(TaskType.NOOP, "b", Map.of())), Map.of());

        // then
        assertEquals(WorkflowStatus.COMPLETED, harness.workflow().getStatus());
        assertEquals(harness.now(), harness.workflow().getEndTime());
        assertTrue(harness.dispatches().isEmpty());
        assertEquals(List.of("workflow.started", "task.completed", "task.completed", "workflow.completed"),
                harness.eventTypes());
    }

    @Test
    void shouldMergeSetVariableIntoTheDefinitionsVariables() {
        // given
        WorkflowDef def = definition(
                system(TaskType.SET_VARIABLE, "set", Map.of("count", "${workflow.input.count}", "added", true)),
                worker("use", Map.of("count", "${workflow.variables.count}", "kept", "${workflow.variables.kept}")));
        def.setVariables(new LinkedHashMap<>(Map.of("count", 0, "kept", "yes")));

        // when
        WorkflowHarness harness = new WorkflowHarness().start(def, Map.of("count", 5));

        // then
        assertEquals(Map.of("count", 5, "kept", "yes", "added", true), harness.workflow().getVariables());
        assertEquals(Map.of("count", 5, "kept", "yes"), harness.latest("use").getInputData());
        assertEquals(Map.of("count", 0, "kept", "yes"), harness.workflow().getWorkflowDefinition().getVariables(),
                "the definition's variables are the initial values only");
    }

    @Test
    void shouldSnapshotTheVariablesIntoAVariable() {
        // given: a SET_VARIABLE whose input is the whole variables map
        WorkflowDef def = definition(
                system(TaskType.SET_VARIABLE, "snapshot", Map.of("before", "${workflow.variables}")),
                worker("use", Map.of()));
        def.setVariables(new LinkedHashMap<>(Map.of("a", 1)));

        // when
        WorkflowHarness harness = new WorkflowHarness().start(def, Map.of());

        // then: the value is a copy of the variables as they were, not the live map holding itself
        assertEquals("{\"a\":1,\"before\":{\"a\":1}}", Json.write(harness.workflow().getVariables()));
    }

    @Test
    void shouldTreatATypeThatIsNotBuiltInAsAWorkerTaskNamedAfterItsDefinition() {
        // given
        WorkflowTask custom = worker("custom", Map.of());
        custom.setType("MY_OWN_TYPE");

        // when
        WorkflowHarness harness = new WorkflowHarness().start(definition(custom), Map.of());

        // then
        assertEquals(TaskStatus.SCHEDULED, harness.latest("custom").getStatus());
        assertEquals("task_custom", harness.latest("custom").getTaskType());
        assertEquals("task_custom", harness.dispatches().getFirst().queueName());
    }

    @Test
    void shouldRunEveryBuiltInTypeOfConductor() {
        assertTrue(TaskTypes.standard().coversEveryBuiltInType());
    }
}
