package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.task.Retries;
import io.baton.decider.core.task.TaskTypes;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.RetryWorkflow;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.RetryableTasks;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;
import java.util.Set;

/**
 * RetryWorkflow: an ended workflow runs again from where it failed, as Conductor retries it: the last unsuccessful
 * attempt of each task ({@link RetryableTasks}) is followed by a new attempt at once; joins are reopened in
 * place, waiting again, and so is a canceled JOIN; with resumeSubworkflowTasks, so is a failed SUB_WORKFLOW, whose child
 * is retried. With nothing to retry, only a TIMED_OUT workflow is reopened.
 */
public final class RetryWorkflowHandler {
    /** Types Conductor reopens in place (same task id) instead of following them with a new attempt. */
    private static final Set<String> REOPENED_IN_PLACE = Set.of(TaskType.JOIN, TaskType.EXCLUSIVE_JOIN);

    private final Progression progression;
    private final TaskTypes taskTypes;

    public RetryWorkflowHandler(Progression progression, TaskTypes taskTypes) {
        this.progression = progression;
        this.taskTypes = taskTypes;
    }

    public Decision apply(WorkflowExecution execution, RetryWorkflow command) {
        Workflow workflow = execution.workflow();
        if (!workflow.getStatus().isTerminal()) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + workflow.getStatus() + ", not ended");
        }
        List<Task> retried = RetryableTasks.of(workflow);
        if (retried.isEmpty() && workflow.getStatus() != WorkflowStatus.TIMED_OUT) {
            return Decision.ignored("workflow " + command.workflowId() + " has no task to retry");
        }
        workflow.setLastRetriedTime(execution.now());
        Reopening.reopen(execution, WorkflowStatusEvent.RETRIED);
        RetryableTasks.canceledJoins(workflow).forEach(join -> waitAgain(execution, join, join.getRetryCount()));
        for (Task task : retried) {
            if (REOPENED_IN_PLACE.contains(task.getTaskType())) {
                waitAgain(execution, task, task.getRetryCount() + 1);
            } else if (command.resumeSubworkflowTasks() && resumesItsChild(task)) {
                // As Conductor: the child workflow is retried in turn, and its end reaches this task again.
                waitAgain(execution, task, task.getRetryCount());
                execution.command(new RetryWorkflow(execution.newId(), task.getSubWorkflowId(), execution.now(), true));
            } else {
                // The superseded attempt's part is over: the decider looks at the new one from now on.
                task.setExecuted(true);
                Retries.scheduleAgain(execution, task, taskTypes, 0);
            }
        }
        progression.advance(execution);
        return execution.decision();
    }

    private static boolean resumesItsChild(Task task) {
        return TaskType.SUB_WORKFLOW.equals(task.getTaskType()) && task.getSubWorkflowId() != null;
    }

    private static void waitAgain(WorkflowExecution execution, Task task, int retryCount) {
        task.setStatus(TaskStatus.IN_PROGRESS);
        task.setRetryCount(retryCount);
        task.setRetried(false);
        task.setExecuted(false);
        task.setEndTime(0);
        task.setReasonForIncompletion(null);
        execution.taskStatusChanged(task);
    }
}
