package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.messaging.UpdateWorkflowVariables;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateWorkflowVariablesTest {
    private static WorkflowDef oneStep() {
        return definition(worker("only", Map.of()));
    }

    private static WorkflowHarness update(WorkflowHarness harness, Map<String, Object> variables, boolean appendArray) {
        return harness.apply(new UpdateWorkflowVariables("update-" + harness.now() + "-" + variables.hashCode(), "wf-1",
                harness.now(), variables, appendArray));
    }

    @Test
    void shouldMergeVariablesIntoARunningWorkflowWithoutTouchingItsTasks() {
        WorkflowHarness harness = new WorkflowHarness().start(oneStep(), Map.of());
        harness.workflow().getVariables().put("kept", 1);
        update(harness, Map.of("status", "approved", "kept", 2), false);
        update(harness, Map.of("extra", true), false);

        assertTrue(harness.lastDecision().applied());
        assertEquals(Map.of("status", "approved", "kept", 2, "extra", true), harness.workflow().getVariables());
        assertTrue(harness.lastDecision().changedTasks().isEmpty());
        assertTrue(harness.lastDecision().dispatches().isEmpty());
        assertEquals(WorkflowStatus.RUNNING, harness.workflow().getStatus());
    }

    @Test
    void shouldAppendToAListVariableWhenAskedAndReplaceOtherwise() {
        WorkflowHarness harness = new WorkflowHarness().start(oneStep(), Map.of());
        update(harness, Map.of("items", List.of("a"), "count", 1), false);
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("items", List.of("b", "c"));
        more.put("count", 2);
        update(harness, more, true);
        update(harness, Map.of("items", "d"), true);

        assertEquals(List.of("a", "b", "c", "d"), harness.workflow().getVariables().get("items"));
        assertEquals(2, harness.workflow().getVariables().get("count"), "a variable that is not a list is replaced");

        update(harness, Map.of("items", List.of("z")), false);
        assertEquals(List.of("z"), harness.workflow().getVariables().get("items"));
    }

    @Test
    void shouldUpdateAPausedWorkflowButNotAnEndedOne() {
        WorkflowHarness paused = new WorkflowHarness().start(oneStep(), Map.of()).pause();
        update(paused, Map.of("x", 1), false);
        assertTrue(paused.lastDecision().applied());
        assertEquals(Map.of("x", 1), paused.workflow().getVariables());
        assertEquals(WorkflowStatus.PAUSED, paused.workflow().getStatus());

        WorkflowHarness ended = new WorkflowHarness().start(oneStep(), Map.of()).terminate("stop");
        update(ended, Map.of("x", 1), false);
        assertFalse(ended.lastDecision().applied());
        assertTrue(ended.lastDecision().ignoredBecause().contains("TERMINATED"), ended.lastDecision().ignoredBecause());
        assertTrue(ended.workflow().getVariables().isEmpty());
    }
}
