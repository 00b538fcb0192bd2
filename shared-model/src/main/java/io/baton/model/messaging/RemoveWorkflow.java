package io.baton.model.messaging;

/** Delete a workflow and its tasks; its pending worker tasks leave their queues. */
public record RemoveWorkflow(
        String commandId,
        String workflowId,
        long issuedAt) implements WorkflowCommand {
}
