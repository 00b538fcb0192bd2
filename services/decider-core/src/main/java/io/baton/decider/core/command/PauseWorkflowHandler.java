package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;

/**
 * PauseWorkflow: a RUNNING workflow becomes PAUSED. Workers may still poll and finish the tasks already scheduled;
 * their results are recorded, but the workflow moves on only when resumed, since only a RUNNING workflow progresses.
 */
public final class PauseWorkflowHandler {

    public Decision apply(WorkflowExecution execution, PauseWorkflow command) {
        Workflow workflow = execution.workflow();
        if (workflow.getStatus() != WorkflowStatus.RUNNING) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + workflow.getStatus() + ", not RUNNING");
        }
        workflow.setStatus(WorkflowStatus.PAUSED);
        execution.workflowStatusChanged();
        return execution.decision();
    }
}
