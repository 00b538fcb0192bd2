package io.baton.model.messaging;

/**
 * A workflow a START_WORKFLOW task asked for has started: the task completes. Sent by the decider to the workflow of
 * that task, as Conductor's START_WORKFLOW completes once its start went through.
 *
 * @param taskId the START_WORKFLOW task
 */
public record ChildWorkflowStarted(
        String commandId,
        String workflowId,
        long issuedAt,
        String taskId,
        String childWorkflowId) implements WorkflowCommand {
}
