package io.baton.model.messaging;

import io.baton.model.task.TaskResult;

/** A worker's TaskResult, as it reached task-queue's POST /api/tasks. */
public record ReportTaskResult(
        String commandId,
        String workflowId,
        long issuedAt,
        TaskResult result) implements WorkflowCommand {
}
