package io.baton.model.messaging;

import io.baton.model.workflow.WorkflowDef;
import java.util.Map;

/**
 * Start a workflow that another workflow asked for (SUB_WORKFLOW, START_WORKFLOW, a failure workflow). The decider
 * that asks cannot read definitions, so the one that applies this command first resolves {@code name} and
 * {@code version} (the latest when null), or takes {@code inlineDefinition}, fills in the task definitions as a start
 * through workflow-api does, and applies it as the {@link StartWorkflow} of {@link #resolved}. When no definition is
 * found the command stays as it is, and applying it refuses the start.
 *
 * @param inlineDefinition a definition given in full, used instead of a registered one; null to look one up
 * @param parentWorkflowId the workflow whose SUB_WORKFLOW task waits for this one; null for a start nobody waits for
 * @param triggeringWorkflowId the workflow whose START_WORKFLOW task waits for this one to start; null otherwise
 * @param triggeringTaskId that START_WORKFLOW task
 */
public record ResolveAndStartWorkflow(
        String commandId,
        String workflowId,
        long issuedAt,
        String name,
        Integer version,
        WorkflowDef inlineDefinition,
        Map<String, Object> input,
        String correlationId,
        int priority,
        Map<String, String> taskToDomain,
        String parentWorkflowId,
        String parentWorkflowTaskId,
        String triggeringWorkflowId,
        String triggeringTaskId) implements WorkflowCommand {

    /** The workflow whose task waits to hear that this start could not happen: the parent, or the triggering one. */
    public String waitingWorkflowId() {
        return parentWorkflowId != null ? parentWorkflowId : triggeringWorkflowId;
    }

    /** That workflow's waiting task. */
    public String waitingTaskId() {
        return parentWorkflowId != null ? parentWorkflowTaskId : triggeringTaskId;
    }

    /** The start to apply with the definition found; its input is what it will run with (template defaults added). */
    public StartWorkflow resolved(WorkflowDef definition, Map<String, Object> startInput) {
        return new StartWorkflow(commandId, workflowId, issuedAt, definition, startInput, correlationId, priority,
                taskToDomain, null, null, parentWorkflowId, parentWorkflowTaskId, null, triggeringWorkflowId,
                triggeringTaskId);
    }
}
