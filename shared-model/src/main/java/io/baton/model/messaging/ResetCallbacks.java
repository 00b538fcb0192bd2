package io.baton.model.messaging;

/** Offer a workflow's scheduled worker tasks that wait out a callback (a retry delay) to workers now. */
public record ResetCallbacks(
        String commandId,
        String workflowId,
        long issuedAt) implements WorkflowCommand {
}
