package io.baton.model.messaging;

/** Evaluate a RUNNING workflow again and move it on if it can; Conductor's forced decide. */
public record DecideWorkflow(
        String commandId,
        String workflowId,
        long issuedAt) implements WorkflowCommand {
}
