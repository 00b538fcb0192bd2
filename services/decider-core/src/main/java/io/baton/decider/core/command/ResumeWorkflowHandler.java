package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.ResumeWorkflow;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;

/**
 * ResumeWorkflow: a PAUSED workflow runs again and moves on from the tasks that finished while it was paused.
 * As in Conductor, lastRetriedTime records the resume.
 */
public final class ResumeWorkflowHandler {
    private final Progression progression;

    public ResumeWorkflowHandler(Progression progression) {
        this.progression = progression;
    }

    public Decision apply(WorkflowExecution execution, ResumeWorkflow command) {
        Workflow workflow = execution.workflow();
        if (workflow.getStatus() != WorkflowStatus.PAUSED) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + workflow.getStatus() + ", not PAUSED");
        }
        workflow.setStatus(WorkflowStatus.RUNNING);
        workflow.setLastRetriedTime(execution.now());
        execution.workflowStatusChanged(WorkflowStatusEvent.RESUMED);
        progression.advance(execution);
        return execution.decision();
    }
}
