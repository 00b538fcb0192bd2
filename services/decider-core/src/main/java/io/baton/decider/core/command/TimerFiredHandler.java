package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.timeout.TimeoutCheck;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.TimerFired;

/**
 * TimerFired: a deadline the decider set has come. Every deadline of the workflow is checked again as of now, not
 * only the one that set the timer, so a stale timer changes nothing and a late one catches up; then the workflow
 * moves on from what timed out or finished waiting. An ended workflow is left as it is.
 */
public final class TimerFiredHandler {
    private final Progression progression;

    public TimerFiredHandler(Progression progression) {
        this.progression = progression;
    }

    public Decision apply(WorkflowExecution execution, TimerFired command) {
        if (execution.workflow().getStatus().isTerminal()) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + execution.workflow().getStatus());
        }
        TimeoutCheck.apply(execution);
        if (!execution.changedAnything()) {
            return Decision.ignored("nothing of workflow " + command.workflowId() + " was due at " + execution.now()
                    + " (" + command.purpose() + " timer)");
        }
        progression.advance(execution);
        return execution.decision();
    }
}
