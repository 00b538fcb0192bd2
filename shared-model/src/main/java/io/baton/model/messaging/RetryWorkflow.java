package io.baton.model.messaging;

/**
 * Retry an ended workflow from where it failed: the last failed, timed-out or canceled attempt of each task is
 * scheduled again and the workflow runs on from there.
 *
 * @param resumeSubworkflowTasks a failed SUB_WORKFLOW task waits again for its own child, which is retried, instead of
 *                               starting a new child
 */
public record RetryWorkflow(
        String commandId,
        String workflowId,
        long issuedAt,
        boolean resumeSubworkflowTasks) implements WorkflowCommand {
}
