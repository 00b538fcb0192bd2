package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;

/** Status steps shared by task types and commands. */
public final class TaskLifecycle {
    private TaskLifecycle() {
    }

    /** Starts a task that stays IN_PROGRESS until something else ends it (the tasks it joins, the workflow it started). */
    public static void startWaiting(WorkflowExecution execution, Task task) {
        task.setStatus(TaskStatus.IN_PROGRESS);
        task.setStartTime(execution.now());
        execution.taskStatusChanged(task);
    }

    /** Ends a task that runs inside the decider: it starts and finishes at the decision's instant. */
    public static void finishNow(WorkflowExecution execution, Task task, TaskStatus status) {
        task.setStatus(status);
        if (task.getStartTime() == 0) {
            task.setStartTime(execution.now());
        }
        task.setEndTime(execution.now());
        execution.taskStatusChanged(task);
    }
}
