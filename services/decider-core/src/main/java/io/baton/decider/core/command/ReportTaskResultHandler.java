package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskStatus;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * ReportTaskResult: a worker's update. IN_PROGRESS keeps the task running with new output; a terminal status ends
 * the attempt and moves the workflow on. Updates to finished tasks or finished workflows change nothing, as in Conductor.
 */
public final class ReportTaskResultHandler {
    private final Progression progression;

    public ReportTaskResultHandler(Progression progression) {
        this.progression = progression;
    }

    public Decision apply(WorkflowExecution execution, ReportTaskResult command) {
        TaskResult result = command.result();
        if (execution.workflow().getStatus().isTerminal()) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + execution.workflow().getStatus());
        }
        Optional<Task> found = execution.task(result.getTaskId());
        if (found.isEmpty()) {
            return Decision.ignored("no task " + result.getTaskId() + " in workflow " + command.workflowId());
        }
        Task task = found.get();
        if (task.getStatus().isTerminal()) {
            return Decision.ignored("task " + task.getTaskId() + " is already " + task.getStatus());
        }
        if (result.isExtendLease()) {
            execution.taskChanged(task);
            return execution.decision();
        }
        TaskStatus status = result.getStatus().toTaskStatus();
        boolean statusChanged = task.getStatus() != status;
        if (task.getStatus() == TaskStatus.SCHEDULED) {
            TaskStarts.start(task, command.issuedAt(), result.getWorkerId());
        }
        task.setOutputData(result.getOutputData() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(result.getOutputData()));
        task.setReasonForIncompletion(result.getReasonForIncompletion());
        task.setCallbackAfterSeconds(result.getCallbackAfterSeconds());
        if (result.getWorkerId() != null) {
            task.setWorkerId(result.getWorkerId());
        }
        task.setStatus(status);
        if (status.isTerminal()) {
            task.setEndTime(execution.now());
        }
        if (statusChanged) {
            execution.taskStatusChanged(task);
        } else {
            execution.taskChanged(task);
        }
        progression.advance(execution);
        return execution.decision();
    }
}
