package io.baton.model.messaging;

/**
 * Retry an ended workflow from where it failed: the last failed, timed-out or canceled attempt of each task is
 * scheduled again and the workflow runs on from there.
 */
public record RetryWorkflow(
        String commandId,
        String workflowId,
        long issuedAt) implements WorkflowCommand {
}
