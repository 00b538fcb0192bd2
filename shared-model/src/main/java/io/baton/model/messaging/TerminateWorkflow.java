package io.baton.model.messaging;

/**
 * Terminate a workflow that has not completed: its pending tasks are canceled and it ends TERMINATED.
 *
 * @param reason becomes the workflow's reasonForIncompletion; may be null
 */
public record TerminateWorkflow(
        String commandId,
        String workflowId,
        long issuedAt,
        String reason) implements WorkflowCommand {
}
