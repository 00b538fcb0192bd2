package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.DecideWorkflow;
import io.baton.model.workflow.WorkflowStatus;

/**
 * DecideWorkflow: Conductor's forced decide. Baton's decider moves a workflow on whenever a command changes it, so
 * this finds work only if a previous pass left some; a pass that changes nothing leaves the state as it was.
 */
public final class DecideWorkflowHandler {
    private final Progression progression;

    public DecideWorkflowHandler(Progression progression) {
        this.progression = progression;
    }

    public Decision apply(WorkflowExecution execution, DecideWorkflow command) {
        if (execution.workflow().getStatus() != WorkflowStatus.RUNNING) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + execution.workflow().getStatus()
                    + ", not RUNNING");
        }
        progression.advance(execution);
        Decision decision = execution.decision();
        return decision.changedTasks().isEmpty() && decision.events().isEmpty()
                ? Decision.ignored("workflow " + command.workflowId() + " has nothing to decide")
                : decision;
    }
}
