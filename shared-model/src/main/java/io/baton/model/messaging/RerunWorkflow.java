package io.baton.model.messaging;

import java.util.Map;

/**
 * Run an ended workflow again from one of its tasks (or from the start): the tasks after it are dropped and it runs
 * once more, with new input if given. Conductor's RerunWorkflowRequest.
 *
 * @param reRunFromTaskId the task to run again; null to rerun from the first task
 * @param workflowInput   replaces the workflow's input when not null
 * @param taskInput       replaces that task's input when not null
 * @param correlationId   replaces the workflow's correlation id when not null
 */
public record RerunWorkflow(
        String commandId,
        String workflowId,
        long issuedAt,
        String reRunFromTaskId,
        Map<String, Object> workflowInput,
        Map<String, Object> taskInput,
        String correlationId) implements WorkflowCommand {
}
