package io.baton.workflowapi.search;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;

/**
 * A task search hit as Conductor 3.32 answers it (its TaskSummary): every time an ISO-8601 string in UTC, the epoch
 * for one not reached yet; input and output the maps' Java {@code toString()}; the execution time only once the task
 * has ended.
 */
public record TaskSummary(String workflowId, String workflowType, String correlationId, String scheduledTime,
                          String startTime, String updateTime, String endTime, TaskStatus status,
                          String reasonForIncompletion, long executionTime, long queueWaitTime, String taskDefName,
                          String taskType, String input, String output, String taskId,
                          String externalInputPayloadStoragePath, String externalOutputPayloadStoragePath,
                          int workflowPriority, String domain) {

    public static TaskSummary of(Task task) {
        return new TaskSummary(task.getWorkflowInstanceId(), task.getWorkflowType(), task.getCorrelationId(),
                WorkflowSummary.time(task.getScheduledTime()), WorkflowSummary.time(task.getStartTime()),
                WorkflowSummary.time(task.getUpdateTime()), WorkflowSummary.time(task.getEndTime()), task.getStatus(),
                task.getReasonForIncompletion(), task.getEndTime() > 0 ? task.getEndTime() - task.getStartTime() : 0,
                task.getQueueWaitTime(), task.getTaskDefName(), task.getTaskType(),
                task.getInputData() == null ? null : task.getInputData().toString(),
                task.getOutputData() == null ? null : task.getOutputData().toString(), task.getTaskId(),
                WorkflowSummary.blankAsNull(task.getExternalInputPayloadStoragePath()),
                WorkflowSummary.blankAsNull(task.getExternalOutputPayloadStoragePath()), task.getWorkflowPriority(),
                task.getDomain());
    }
}
