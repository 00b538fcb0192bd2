package io.baton.decider.core;

import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static io.baton.decider.core.WorkflowHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.model.messaging.ResolveAndStartWorkflow;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A definition's failureWorkflow starts when the workflow's own run ends it unsuccessfully. */
class FailureWorkflowTest {

    private static WorkflowDef withFailureWorkflow(String failureWorkflow) {
        WorkflowDef def = definition(worker("charge", Map.of()));
        def.setFailureWorkflow(failureWorkflow);
        def.setFailureWorkflowVersion(2);
        return def;
    }

    @Test
    void shouldStartTheFailureWorkflowWithConductorsInputAndRecordItsId() {
        // given
        WorkflowHarness harness = new WorkflowHarness().start(withFailureWorkflow("on_failure"), Map.of("order", 42));
        String chargeId = harness.latest("charge").getTaskId();

        // when
        harness.fail("charge", "card declined");

        // then
        ResolveAndStartWorkflow request = assertInstanceOf(ResolveAndStartWorkflow.class, harness.commands().getFirst());
        assertEquals("on_failure", request.name());
        assertEquals(2, request.version());
        assertEquals("corr-1", request.correlationId());
        Map<String, Object> input = request.input();
        assertEquals(42, input.get("order"));
        assertEquals("wf-1", input.get("workflowId"));
        assertEquals("FAILED", input.get("failureStatus"));
        assertEquals(chargeId, input.get("failureTaskId"));
        assertEquals(harness.workflow().getReasonForIncompletion(), input.get("reason"));
        Map<?, ?> failedWorkflow = assertInstanceOf(Map.class, input.get("failedWorkflow"));
        assertEquals("wf-1", failedWorkflow.get("workflowId"));
        assertEquals("FAILED", failedWorkflow.get("status"));
        assertEquals(request.workflowId(), harness.workflow().getOutput().get("conductor.failure_workflow"));
        assertNull(request.parentWorkflowId());
    }

    @Test
    void shouldTakeTheNameFromTheWorkflowInput() {
        // when
        WorkflowHarness harness = new WorkflowHarness()
                .start(withFailureWorkflow("${workflow.input.onFailure}"), Map.of("onFailure", "cleanup"))
                .fail("charge", "no");

        // then
        assertEquals("cleanup", ((ResolveAndStartWorkflow) harness.commands().getFirst()).name());
    }

    @Test
    void shouldStartWhenATerminateTaskFailsTheWorkflow() {
        // given
        WorkflowDef def = definition(system(TaskType.TERMINATE, "stop", Map.of("terminationStatus", "FAILED",
                "terminationReason", "bad input")));
        def.setFailureWorkflow("on_failure");

        // when
        WorkflowHarness harness = new WorkflowHarness().start(def, Map.of());

        // then
        ResolveAndStartWorkflow request = assertInstanceOf(ResolveAndStartWorkflow.class, harness.commands().getFirst());
        assertEquals("bad input", request.input().get("reason"));
        assertTrue(harness.workflow().getOutput().containsKey("conductor.failure_workflow"));
    }

    @Test
    void shouldNotStartWhenAUserTerminatesOrTheWorkflowCompletes() {
        // when
        WorkflowHarness terminated = new WorkflowHarness().start(withFailureWorkflow("on_failure"), Map.of())
                .terminate("by hand");
        WorkflowHarness completed = new WorkflowHarness().start(withFailureWorkflow("on_failure"), Map.of())
                .complete("charge", Map.of());

        // then
        assertTrue(terminated.commands().isEmpty());
        assertTrue(completed.commands().isEmpty());
        assertFalse(terminated.workflow().getOutput().containsKey("conductor.failure_workflow"));
    }

    @Test
    void shouldRunTheFailureWorkflowFromItsDefinition() {
        // given
        WorkflowDef cleanup = definition(worker("undo", Map.of("order", "${workflow.input.order}",
                "failed", "${workflow.input.failedWorkflow.workflowId}")));
        cleanup.setName("on_failure");
        cleanup.setVersion(2);
        WorkflowFamily family = new WorkflowFamily().register(cleanup);
        WorkflowHarness failing = family.start(withFailureWorkflow("on_failure"), Map.of("order", 42));

        // when
        failing.fail("charge", "declined");
        family.deliver();

        // then
        String cleanupId = (String) failing.workflow().getOutput().get("conductor.failure_workflow");
        assertEquals(Map.of("order", 42, "failed", "wf-1"), family.workflow(cleanupId).latest("undo").getInputData());
    }
}
