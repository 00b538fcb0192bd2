package io.baton.decider.core;

import static io.baton.decider.core.SubWorkflowTest.child;
import static io.baton.decider.core.WorkflowHarness.definition;
import static io.baton.decider.core.WorkflowHarness.system;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.baton.model.messaging.ResolveAndStartWorkflow;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** START_WORKFLOW starts another workflow and completes with its id once it runs, without waiting for its end. */
class StartWorkflowTaskTest {

    @Test
    void shouldWaitInProgressWithTheIdUntilTheStartedWorkflowRuns() {
        // when: the start is sent, not yet applied
        WorkflowHarness starter = new WorkflowHarness().start(definition(system(TaskType.START_WORKFLOW, "launch",
                Map.of("startWorkflow", Map.of("name", "other")))), Map.of());

        // then
        Task launch = starter.latest("launch");
        assertEquals(TaskStatus.IN_PROGRESS, launch.getStatus());
        ResolveAndStartWorkflow request = assertInstanceOf(ResolveAndStartWorkflow.class, starter.commands().getFirst());
        assertEquals(request.workflowId(), launch.getOutputData().get("workflowId"));
        assertEquals(starter.workflow().getWorkflowId(), request.triggeringWorkflowId());
        assertEquals(launch.getTaskId(), request.triggeringTaskId());
        assertNull(request.parentWorkflowId());
    }

    @Test
    void shouldFailWhenTheWorkflowToStartIsNotDefined() {
        // when: nobody registered "other"
        WorkflowFamily family = new WorkflowFamily();
        WorkflowHarness starter = family.start(definition(system(TaskType.START_WORKFLOW, "launch", Map.of(
                "startWorkflow", Map.of("name", "other", "version", 2)))), Map.of());

        // then: as in Conductor, the task fails with the start's error and holds no id; so the workflow fails
        Task launch = starter.latest("launch");
        assertEquals(TaskStatus.FAILED, launch.getStatus());
        assertEquals("No such workflow defined. name=other, version=2", launch.getReasonForIncompletion());
        assertEquals(Map.of(), launch.getOutputData());
        assertEquals(WorkflowStatus.FAILED, starter.workflow().getStatus());
        assertEquals(1, family.refusedStarts().size());
    }

    @Test
    void shouldStartTheWorkflowAndCompleteWithItsIdWithoutWaitingForItsEnd() {
        // when
        WorkflowFamily family = new WorkflowFamily().register(child("other", 1));
        WorkflowHarness starter = family.start(definition(system(TaskType.START_WORKFLOW, "launch", Map.of(
                "startWorkflow", Map.of("name", "other", "input", Map.of("n", "${workflow.input.n}"))))), Map.of("n", 5));

        // then: the starter is done while the started workflow runs, on its own
        Task launch = starter.latest("launch");
        assertEquals(TaskStatus.COMPLETED, launch.getStatus());
        assertEquals(WorkflowStatus.COMPLETED, starter.workflow().getStatus());
        Workflow started = family.workflow((String) launch.getOutputData().get("workflowId")).workflow();
        assertEquals(WorkflowStatus.RUNNING, started.getStatus());
        assertEquals(Map.of("n", 5), started.getInput());
        assertEquals("corr-1", started.getCorrelationId());
        assertNull(started.getParentWorkflowId());
    }

    @Test
    void shouldPassVersionCorrelationIdAndPriority() {
        // when
        WorkflowHarness starter = new WorkflowHarness().start(definition(system(TaskType.START_WORKFLOW, "launch",
                Map.of("startWorkflow", Map.of("name", "other", "version", 3, "correlationId", "mine",
                        "priority", 9)))), Map.of());

        // then
        ResolveAndStartWorkflow request = assertInstanceOf(ResolveAndStartWorkflow.class, starter.commands().getFirst());
        assertEquals("other", request.name());
        assertEquals(3, request.version());
        assertEquals("mine", request.correlationId());
        assertEquals(9, request.priority());
        assertEquals(starter.latest("launch").getOutputData().get("workflowId"), request.workflowId());
    }

    @Test
    void shouldFailWithoutAStartWorkflowInput() {
        // when
        WorkflowHarness starter = new WorkflowHarness().start(definition(system(TaskType.START_WORKFLOW, "launch",
                Map.of())), Map.of());

        // then
        assertEquals(TaskStatus.FAILED, starter.latest("launch").getStatus());
        assertEquals("Missing 'startWorkflow' in input data.", starter.latest("launch").getReasonForIncompletion());
        assertEquals(WorkflowStatus.FAILED, starter.workflow().getStatus());
    }

    @Test
    void shouldFailWithoutAName() {
        // when
        WorkflowHarness starter = new WorkflowHarness().start(definition(system(TaskType.START_WORKFLOW, "launch",
                Map.of("startWorkflow", Map.of("version", 1)))), Map.of());

        // then
        assertEquals(TaskStatus.FAILED, starter.latest("launch").getStatus());
        assertEquals("startWorkflow validation failed. 'name' -> Workflow name cannot be null or empty. ",
                starter.latest("launch").getReasonForIncompletion());
    }
}
