package io.baton.model.messaging;

import io.baton.model.workflow.WorkflowDef;

/**
 * Restart an ended workflow from its first task, under the same id: its tasks and output are dropped.
 *
 * @param latestDefinition the definition to run this time (the latest version, task definitions filled in) when the
 *                         caller asked for the latest definitions; null to keep the one it ran with
 */
public record RestartWorkflow(
        String commandId,
        String workflowId,
        long issuedAt,
        WorkflowDef latestDefinition) implements WorkflowCommand {
}
