package io.baton.model.messaging;

/** A worker took a task from its queue: the task is now IN_PROGRESS with that worker. Sent by task-queue. */
public record RecordTaskPoll(
        String commandId,
        String workflowId,
        long issuedAt,
        String taskId,
        String workerId) implements WorkflowCommand {
}
