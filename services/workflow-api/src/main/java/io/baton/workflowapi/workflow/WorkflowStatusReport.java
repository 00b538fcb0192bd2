package io.baton.workflowapi.workflow;

import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.util.Map;

/**
 * Conductor's WorkflowStatus answer to {@code GET /api/workflow/{id}/status}: output and variables only when asked
 * for, the correlation id only when there is one.
 */
public record WorkflowStatusReport(String workflowId, String correlationId, Map<String, Object> output,
                                   Map<String, Object> variables, WorkflowStatus status) {
    public static WorkflowStatusReport of(Workflow workflow, boolean includeOutput, boolean includeVariables) {
        String correlationId = workflow.getCorrelationId();
        return new WorkflowStatusReport(workflow.getWorkflowId(),
                correlationId == null || correlationId.isEmpty() ? null : correlationId,
                includeOutput ? workflow.getOutput() : null, includeVariables ? workflow.getVariables() : null,
                workflow.getStatus());
    }
}
