package io.baton.workflowapi.workflow;

import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.messaging.ResumeWorkflow;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.service.rest.ApiException;
import java.util.UUID;

/**
 * A request to move a workflow through its lifecycle: when Conductor refuses it, with the status and message the
 * reference server answers (Conductor 3.32.3), and the command that carries it to the decider otherwise.
 */
sealed interface LifecycleRequest {

    /** Why Conductor refuses the request for the workflow as it stands; null when it may go ahead. */
    ApiException refusal(Workflow workflow);

    WorkflowCommand command(String workflowId, long issuedAt);

    /** Conductor's name of the bulk operation, which its validation errors use as their path. */
    String operation();

    /** Any workflow that has not ended; pausing a PAUSED one changes nothing and succeeds. */
    record Pause() implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            if (!workflow.getStatus().isTerminal()) {
                return null;
            }
            return ApiException.conflict("Workflow " + workflow.getWorkflowName() + "." + workflow.getWorkflowVersion()
                    + "/" + workflow.getWorkflowId() + " has ended, status cannot be updated.");
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new PauseWorkflow(UUID.randomUUID().toString(), workflowId, issuedAt);
        }

        @Override
        public String operation() {
            return "pauseWorkflow";
        }
    }

    /** Only a PAUSED workflow; Conductor answers any other with a 500 (an IllegalStateException), and so does Baton. */
    record Resume() implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            if (workflow.getStatus() == WorkflowStatus.PAUSED) {
                return null;
            }
            return new ApiException(500, "The workflow " + workflow.getWorkflowId()
                    + " is not PAUSED so cannot resume. Current status is " + workflow.getStatus());
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new ResumeWorkflow(UUID.randomUUID().toString(), workflowId, issuedAt);
        }

        @Override
        public String operation() {
            return "resumeWorkflow";
        }
    }

    /** Any workflow but a COMPLETED one; a TERMINATED one stays as it is, a FAILED or TIMED_OUT one is TERMINATED. */
    record Terminate(String reason) implements LifecycleRequest {
        @Override
        public ApiException refusal(Workflow workflow) {
            return workflow.getStatus() == WorkflowStatus.COMPLETED
                    ? ApiException.conflict("Cannot terminate a COMPLETED workflow.")
                    : null;
        }

        @Override
        public WorkflowCommand command(String workflowId, long issuedAt) {
            return new TerminateWorkflow(UUID.randomUUID().toString(), workflowId, issuedAt, reason);
        }

        @Override
        public String operation() {
            return "terminate";
        }
    }
}
