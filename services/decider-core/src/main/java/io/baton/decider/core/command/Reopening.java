package io.baton.decider.core.command;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;

/** An ended workflow made RUNNING again (restart, retry, rerun): the previous ending is forgotten and announced so. */
final class Reopening {
    private Reopening() {
    }

    static void reopen(WorkflowExecution execution, String eventType) {
        Workflow workflow = execution.workflow();
        workflow.setStatus(WorkflowStatus.RUNNING);
        workflow.setReasonForIncompletion(null);
        workflow.setFailedTaskId(null);
        workflow.getFailedReferenceTaskNames().clear();
        workflow.getFailedTaskNames().clear();
        workflow.setEndTime(0L);
        execution.workflowStatusChanged(eventType);
    }

    /** Drops every task of the workflow: it runs again from its first task. */
    static void dropAllTasks(WorkflowExecution execution) {
        List.copyOf(execution.workflow().getTasks()).forEach(execution::removeTask);
    }
}
