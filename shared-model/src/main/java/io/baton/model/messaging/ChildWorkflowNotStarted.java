package io.baton.model.messaging;

/**
 * A workflow a SUB_WORKFLOW or START_WORKFLOW task asked for could not start (its definition does not exist): the
 * task fails with the reason. Sent by the decider to the workflow of that task.
 *
 * @param taskId the SUB_WORKFLOW or START_WORKFLOW task that asked for the workflow
 */
public record ChildWorkflowNotStarted(
        String commandId,
        String workflowId,
        long issuedAt,
        String taskId,
        String childWorkflowId,
        String reason) implements WorkflowCommand {
}
