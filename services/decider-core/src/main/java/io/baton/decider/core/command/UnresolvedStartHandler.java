package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.ChildWorkflowNotStarted;
import io.baton.model.messaging.ResolveAndStartWorkflow;
import java.util.List;

/**
 * A ResolveAndStartWorkflow that reaches the decider as it is: the service found no definition with its name and
 * version. Nothing is created; the workflow whose SUB_WORKFLOW or START_WORKFLOW task waits for it is told why, so
 * the task fails as in Conductor 3.32 when the workflow it asks for cannot start.
 */
public final class UnresolvedStartHandler {

    public Decision apply(WorkflowExecution execution, ResolveAndStartWorkflow command) {
        String reason = "No such workflow defined. name=" + command.name() + ", version=" + command.version();
        if (command.waitingWorkflowId() == null) {
            return Decision.ignored(reason);
        }
        return Decision.onlyCommands(List.of(new ChildWorkflowNotStarted(execution.newId(), command.waitingWorkflowId(),
                execution.now(), command.waitingTaskId(), command.workflowId(), reason)));
    }
}
