package io.baton.model.messaging;

/** Pause a RUNNING workflow: tasks already scheduled may still finish, but nothing new is scheduled until a resume. */
public record PauseWorkflow(
        String commandId,
        String workflowId,
        long issuedAt) implements WorkflowCommand {
}
