package io.baton.model.messaging;

import io.baton.model.workflow.WorkflowStatus;
import java.util.Map;

/**
 * A sub-workflow ended: its parent's SUB_WORKFLOW task ends with it. Sent by the decider to the parent workflow.
 *
 * @param taskId the parent's SUB_WORKFLOW task that started the child
 * @param status the child's final status: COMPLETED, FAILED, TERMINATED or TIMED_OUT
 */
public record ChildWorkflowEnded(
        String commandId,
        String workflowId,
        long issuedAt,
        String taskId,
        String childWorkflowId,
        String childWorkflowName,
        int childWorkflowVersion,
        WorkflowStatus status,
        Map<String, Object> output,
        String reasonForIncompletion) implements WorkflowCommand {
}
