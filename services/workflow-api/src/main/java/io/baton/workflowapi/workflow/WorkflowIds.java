package io.baton.workflowapi.workflow;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Workflow ids are made here, not by the decider, so a start can answer at once. With an idempotency key the id is a
 * name-based UUID of workflow name and key: a retried request names the same workflow, and the decider ignores a
 * second StartWorkflow for an id it has.
 */
final class WorkflowIds {
    private WorkflowIds() {
    }

    static String forStart(String workflowName, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return UUID.randomUUID().toString();
        }
        return UUID.nameUUIDFromBytes((workflowName + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
