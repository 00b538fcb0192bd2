package io.baton.model.messaging;

/** Resume a PAUSED workflow: it runs again and moves on from what finished while it was paused. */
public record ResumeWorkflow(
        String commandId,
        String workflowId,
        long issuedAt) implements WorkflowCommand {
}
