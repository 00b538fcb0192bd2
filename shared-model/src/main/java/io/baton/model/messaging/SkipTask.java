package io.baton.model.messaging;

import java.util.Map;

/**
 * Skip a task of a RUNNING workflow that has not been scheduled yet: it is recorded SKIPPED, with the given input
 * and output, and the workflow passes over it. Conductor's SkipTaskRequest.
 */
public record SkipTask(
        String commandId,
        String workflowId,
        long issuedAt,
        String taskReferenceName,
        Map<String, Object> taskInput,
        Map<String, Object> taskOutput) implements WorkflowCommand {
}
