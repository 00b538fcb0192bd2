package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import java.util.Optional;

/**
 * RecordTaskPoll: a worker took a task. A SCHEDULED task becomes IN_PROGRESS with that worker; an IN_PROGRESS one
 * (polled again after a callback or an expired lease) counts the poll and names its new worker. Only the task
 * changes, as in Conductor, where a poll updates the task and leaves the workflow (and its updateTime) as it was.
 */
public final class RecordTaskPollHandler {

    public Decision apply(WorkflowExecution execution, RecordTaskPoll command) {
        if (execution.workflow().getStatus().isTerminal()) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + execution.workflow().getStatus());
        }
        Optional<Task> found = execution.task(command.taskId());
        if (found.isEmpty()) {
            return Decision.ignored("no task " + command.taskId() + " in workflow " + command.workflowId());
        }
        Task task = found.get();
        if (task.getStatus() == TaskStatus.IN_PROGRESS) {
            task.setPollCount(task.getPollCount() + 1);
            task.setWorkerId(command.workerId());
            execution.taskChanged(task);
            return execution.tasksOnlyDecision();
        }
        // A result may overtake the poll record; the task has then already moved on.
        if (task.getStatus() != TaskStatus.SCHEDULED) {
            return Decision.ignored("task " + task.getTaskId() + " is " + task.getStatus());
        }
        TaskStarts.start(task, command.issuedAt(), command.workerId());
        execution.taskStatusChanged(task);
        return execution.tasksOnlyDecision();
    }
}
