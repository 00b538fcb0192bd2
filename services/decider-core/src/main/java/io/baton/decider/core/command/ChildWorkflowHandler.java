package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.task.TaskLifecycle;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.ChildWorkflowEnded;
import io.baton.model.messaging.ChildWorkflowNotStarted;
import io.baton.model.messaging.ChildWorkflowStarted;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import java.util.Map;
import java.util.Optional;

/**
 * ChildWorkflowEnded, ChildWorkflowStarted and ChildWorkflowNotStarted: the SUB_WORKFLOW task waiting for the child
 * ends as the child did, as Conductor 3.32's SubWorkflow maps it (COMPLETED, FAILED, TIMED_OUT alike; TERMINATED
 * becomes CANCELED), with the child's output added to its own and the child's reason; a START_WORKFLOW task completes
 * once the workflow it asked for runs; then the workflow moves on. A workflow that could not start fails the task
 * that asked for it (a START_WORKFLOW's output then holds no id). News about a task that already ended, or of a
 * workflow it no longer waits for, changes nothing.
 */
public final class ChildWorkflowHandler {
    private final Progression progression;

    public ChildWorkflowHandler(Progression progression) {
        this.progression = progression;
    }

    public Decision apply(WorkflowExecution execution, ChildWorkflowEnded command) {
        TaskStatus status = switch (command.status()) {
            case COMPLETED -> TaskStatus.COMPLETED;
            case TIMED_OUT -> TaskStatus.TIMED_OUT;
            case TERMINATED -> TaskStatus.CANCELED;
            default -> TaskStatus.FAILED;
        };
        String reason = status.isSuccessful() ? null : "Sub workflow " + command.childWorkflowName() + "."
                + command.childWorkflowVersion() + "/" + command.childWorkflowId() + " failure reason: "
                + command.reasonForIncompletion();
        return endTask(execution, command.workflowId(), command.taskId(), command.childWorkflowId(), status,
                command.output(), reason);
    }

    public Decision apply(WorkflowExecution execution, ChildWorkflowStarted command) {
        return endTask(execution, command.workflowId(), command.taskId(), command.childWorkflowId(),
                TaskStatus.COMPLETED, Map.of(), null);
    }

    public Decision apply(WorkflowExecution execution, ChildWorkflowNotStarted command) {
        return endTask(execution, command.workflowId(), command.taskId(), command.childWorkflowId(), TaskStatus.FAILED,
                Map.of(), command.reason());
    }

    private Decision endTask(WorkflowExecution execution, String workflowId, String taskId, String childWorkflowId,
                             TaskStatus status, Map<String, Object> childOutput, String reason) {
        if (execution.workflow().getStatus().isTerminal()) {
            return Decision.ignored("workflow " + workflowId + " is " + execution.workflow().getStatus());
        }
        Optional<Task> found = execution.task(taskId);
        if (found.isEmpty() || !childWorkflowId.equals(TaskLifecycle.startedWorkflowId(found.get()))) {
            return Decision.ignored("no task " + taskId + " waits for workflow " + childWorkflowId);
        }
        Task task = found.get();
        if (task.getStatus().isTerminal()) {
            return Decision.ignored("task " + taskId + " is already " + task.getStatus());
        }
        if (childOutput != null) {
            task.getOutputData().putAll(childOutput);
        }
        if (status == TaskStatus.FAILED && TaskType.START_WORKFLOW.equals(task.getTaskType())) {
            task.getOutputData().clear();
        }
        task.setReasonForIncompletion(reason);
        task.setStatus(status);
        task.setEndTime(execution.now());
        execution.taskStatusChanged(task);
        progression.advance(execution);
        return execution.decision();
    }
}
