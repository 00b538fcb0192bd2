package io.baton.model.messaging;

/**
 * A sub-workflow could not start (its definition does not exist): the parent's SUB_WORKFLOW task fails with the
 * reason. Sent by the decider to the parent workflow.
 *
 * @param taskId the parent's SUB_WORKFLOW task that asked for the child
 */
public record ChildWorkflowNotStarted(
        String commandId,
        String workflowId,
        long issuedAt,
        String taskId,
        String childWorkflowId,
        String reason) implements WorkflowCommand {
}
