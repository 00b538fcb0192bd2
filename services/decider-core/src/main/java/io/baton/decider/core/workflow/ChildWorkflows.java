package io.baton.decider.core.workflow;

import io.baton.model.messaging.ChildWorkflowEnded;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.task.Task;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.Workflow;
import java.util.LinkedHashMap;

/**
 * How a workflow and the sub-workflows it started follow each other's end, as in Conductor 3.32: a child that ends
 * tells its parent, whose SUB_WORKFLOW task ends with it; a parent that ends before its child terminates it.
 */
final class ChildWorkflows {
    private ChildWorkflows() {
    }

    static void reportEndToParent(WorkflowExecution execution) {
        Workflow child = execution.workflow();
        if (child.getParentWorkflowId() == null || child.getParentWorkflowTaskId() == null) {
            return;
        }
        execution.command(new ChildWorkflowEnded(execution.newId(), child.getParentWorkflowId(), execution.now(),
                child.getParentWorkflowTaskId(), child.getWorkflowId(), child.getWorkflowName(),
                child.getWorkflowVersion(), child.getStatus(), new LinkedHashMap<>(child.getOutput()),
                child.getReasonForIncompletion()));
    }

    /** A SUB_WORKFLOW task canceled because its workflow ended: the child it waits for is terminated too. */
    static void terminateChildOf(WorkflowExecution execution, Task canceled) {
        if (!TaskType.SUB_WORKFLOW.equals(canceled.getTaskType()) || canceled.getSubWorkflowId() == null) {
            return;
        }
        Workflow parent = execution.workflow();
        String reason = parent.getReasonForIncompletion() == null || parent.getReasonForIncompletion().isEmpty()
                ? "Parent workflow has been terminated with status " + parent.getStatus()
                : "Parent workflow has been terminated with reason: " + parent.getReasonForIncompletion();
        execution.command(new TerminateWorkflow(execution.newId(), canceled.getSubWorkflowId(), execution.now(), reason));
    }
}
