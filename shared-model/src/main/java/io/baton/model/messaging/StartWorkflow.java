package io.baton.model.messaging;

import io.baton.model.workflow.WorkflowDef;
import java.util.Map;

/**
 * Start a new workflow. The definition travels with the command, resolved and with task definitions filled in, so
 * the decider never reads metadata and the execution keeps the definition it started with, as Conductor does.
 *
 * @param triggeringWorkflowId the workflow whose START_WORKFLOW task asked for this start and is told once it ran;
 *                             null otherwise
 * @param triggeringTaskId     that START_WORKFLOW task
 */
public record StartWorkflow(
        String commandId,
        String workflowId,
        long issuedAt,
        WorkflowDef definition,
        Map<String, Object> input,
        String correlationId,
        int priority,
        Map<String, String> taskToDomain,
        String createdBy,
        String idempotencyKey,
        String parentWorkflowId,
        String parentWorkflowTaskId,
        String event,
        String triggeringWorkflowId,
        String triggeringTaskId) implements WorkflowCommand {

    /** A start no START_WORKFLOW task waits for. */
    public StartWorkflow(String commandId, String workflowId, long issuedAt, WorkflowDef definition,
                         Map<String, Object> input, String correlationId, int priority, Map<String, String> taskToDomain,
                         String createdBy, String idempotencyKey, String parentWorkflowId, String parentWorkflowTaskId,
                         String event) {
        this(commandId, workflowId, issuedAt, definition, input, correlationId, priority, taskToDomain, createdBy,
                idempotencyKey, parentWorkflowId, parentWorkflowTaskId, event, null, null);
    }
}
