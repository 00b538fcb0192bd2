package io.baton.model.messaging;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;

/** A task's status changed. Field names follow the AsyncAPI TaskStatusEvent payload. */
public record TaskStatusEvent(
        String eventId,
        String eventType,
        long eventTime,
        String taskId,
        String taskType,
        String taskDefName,
        TaskStatus status,
        String referenceTaskName,
        String workflowInstanceId,
        String workflowType,
        String correlationId,
        long scheduledTime,
        long startTime,
        long endTime,
        String workerId,
        String reasonForIncompletion,
        int retryCount) implements StatusEvent {

    public static TaskStatusEvent of(String eventId, long eventTime, Task task) {
        return new TaskStatusEvent(eventId, eventTypeOf(task.getStatus()), eventTime, task.getTaskId(),
                task.getTaskType(), task.getTaskDefName(), task.getStatus(), task.getReferenceTaskName(),
                task.getWorkflowInstanceId(), task.getWorkflowType(), task.getCorrelationId(), task.getScheduledTime(),
                task.getStartTime(), task.getEndTime(), task.getWorkerId(), task.getReasonForIncompletion(),
                task.getRetryCount());
    }

    @Override
    public String workflowId() {
        return workflowInstanceId;
    }

    /** The six AsyncAPI task channels; the exact status stays in the payload. */
    public static String eventTypeOf(TaskStatus status) {
        return "task." + switch (status) {
            case SCHEDULED -> "scheduled";
            case IN_PROGRESS -> "in_progress";
            case COMPLETED, COMPLETED_WITH_ERRORS, SKIPPED -> "completed";
            case FAILED, FAILED_WITH_TERMINAL_ERROR -> "failed";
            case TIMED_OUT -> "timed_out";
            case CANCELED -> "canceled";
        };
    }
}
