package io.baton.model.messaging;

import java.util.Map;

/**
 * Merge variables into a RUNNING or PAUSED workflow's {@code variables}, as Conductor's event action
 * {@code update_workflow_variables} declares.
 *
 * @param variables the names and values to set; a name already there is replaced
 * @param appendArray when true, a value set on a variable that holds a list is appended to that list instead
 */
public record UpdateWorkflowVariables(
        String commandId,
        String workflowId,
        long issuedAt,
        Map<String, Object> variables,
        boolean appendArray) implements WorkflowCommand {
}
