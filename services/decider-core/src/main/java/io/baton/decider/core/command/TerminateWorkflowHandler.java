package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.decider.core.workflow.WorkflowOutcome;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.workflow.WorkflowStatus;

/**
 * TerminateWorkflow: ends any workflow that did not complete as TERMINATED with the given reason, canceling its
 * pending tasks. As in Conductor 3.32, a FAILED or TIMED_OUT workflow becomes TERMINATED too, a TERMINATED one stays
 * as it is, and a COMPLETED one cannot be terminated.
 */
public final class TerminateWorkflowHandler {

    public Decision apply(WorkflowExecution execution, TerminateWorkflow command) {
        WorkflowStatus status = execution.workflow().getStatus();
        if (status == WorkflowStatus.COMPLETED || status == WorkflowStatus.TERMINATED) {
            return Decision.ignored("workflow " + command.workflowId() + " is already " + status);
        }
        WorkflowOutcome.terminate(execution, command.reason());
        return execution.decision();
    }
}
