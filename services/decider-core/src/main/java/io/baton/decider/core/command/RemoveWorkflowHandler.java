package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.decider.core.task.TaskLifecycle;
import io.baton.model.messaging.RemoveWorkflow;
import io.baton.model.task.Task;

/**
 * RemoveWorkflow: the workflow and its tasks are deleted, whatever its status, as Conductor removes them; its worker
 * tasks still pending leave their queues, so no worker takes a task of a workflow that is gone.
 */
public final class RemoveWorkflowHandler {

    public Decision apply(WorkflowExecution execution, RemoveWorkflow command) {
        for (Task task : execution.workflow().getTasks()) {
            if (!task.getStatus().isTerminal()) {
                TaskLifecycle.withdrawFromQueue(execution, task);
            }
        }
        return execution.removal();
    }
}
