package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.RestartWorkflow;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.util.LinkedHashMap;

/**
 * RestartWorkflow: an ended workflow runs again from its first task under the same id, as Conductor restarts it: its
 * tasks and output are dropped, its input and variables kept, and it counts as created now. A COMPLETED workflow
 * whose definition says it is not restartable stays as it is.
 */
public final class RestartWorkflowHandler {
    private final Progression progression;

    public RestartWorkflowHandler(Progression progression) {
        this.progression = progression;
    }

    public Decision apply(WorkflowExecution execution, RestartWorkflow command) {
        Workflow workflow = execution.workflow();
        WorkflowStatus status = workflow.getStatus();
        if (!status.isTerminal()) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + status + ", not ended");
        }
        if (command.latestDefinition() != null) {
            workflow.setWorkflowDefinition(command.latestDefinition());
        }
        if (status == WorkflowStatus.COMPLETED && !workflow.getWorkflowDefinition().isRestartable()) {
            return Decision.ignored("workflow " + command.workflowId() + " is COMPLETED and not restartable");
        }
        Reopening.dropAllTasks(execution);
        workflow.setCreateTime(execution.now());
        workflow.setLastRetriedTime(0);
        workflow.setOutput(new LinkedHashMap<>());
        Reopening.reopen(execution, WorkflowStatusEvent.RESTARTED);
        progression.begin(execution);
        return execution.decision();
    }
}
