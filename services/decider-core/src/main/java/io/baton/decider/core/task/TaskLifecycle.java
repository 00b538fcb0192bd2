package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;

/** Status steps shared by task types and commands. */
public final class TaskLifecycle {
    private TaskLifecycle() {
    }

    /**
     * The workflow a task started and waits to hear from: a SUB_WORKFLOW's child, or the workflow a START_WORKFLOW
     * asked for; null for other tasks.
     */
    public static String startedWorkflowId(Task task) {
        return TaskType.START_WORKFLOW.equals(task.getTaskType())
                ? (String) task.getOutputData().get(StartWorkflowTask.WORKFLOW_ID) : task.getSubWorkflowId();
    }

    /**
     * Starts a task that stays IN_PROGRESS until a later command ends it (JOIN, DO_WHILE, SUB_WORKFLOW,
     * START_WORKFLOW, WAIT, HUMAN).
     */
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

    /** A queued task that ended here (canceled, timed out) leaves its queue, so nobody takes it any more. */
    public static void withdrawFromQueue(WorkflowExecution execution, Task task) {
        if (TaskType.isQueued(task.getWorkflowTask().getType())) {
            execution.dispatch(new TaskCanceled(execution.newId(), task.getWorkflowInstanceId(), task.getTaskId(),
                    TaskDispatch.queueNameOf(task)));
        }
    }
}
