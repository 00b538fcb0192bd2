package io.baton.model.workflow;

import java.util.Map;

/**
 * The body of POST /api/workflow/{id}/rerun, as Conductor's: the task to run again (none: the first), and what
 * replaces the workflow's input, that task's input and the correlation id. reRunFromWorkflowId is the path's id.
 */
public record RerunWorkflowRequest(
        String reRunFromWorkflowId,
        Map<String, Object> workflowInput,
        String reRunFromTaskId,
        Map<String, Object> taskInput,
        String correlationId) {
}
