package io.baton.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workflows a workflow (as {@code GET /api/workflow/{id}} shows it) started, found by the ids it records: a
 * SUB_WORKFLOW task's {@code subWorkflowId}, a START_WORKFLOW task's output {@code workflowId}, and the failure
 * workflow's id in the output's {@code conductor.failure_workflow}.
 */
public final class StartedWorkflows {
    private StartedWorkflows() {
    }

    /** The ids of every workflow this one started, in task order, the failure workflow last. */
    public static List<String> of(JsonNode workflow) {
        List<String> ids = new ArrayList<>();
        workflow.path("tasks").forEach(task -> byTask(task).ifPresent(ids::add));
        failureWorkflow(workflow).ifPresent(ids::add);
        return ids;
    }

    public static Optional<String> byTask(JsonNode task) {
        String type = task.path("taskType").asText();
        if ("SUB_WORKFLOW".equals(type)) {
            return text(task.path("subWorkflowId")).or(() -> text(task.path("outputData").path("subWorkflowId")));
        }
        return "START_WORKFLOW".equals(type) ? text(task.path("outputData").path("workflowId")) : Optional.empty();
    }

    public static Optional<String> failureWorkflow(JsonNode workflow) {
        return text(workflow.path("output").path("conductor.failure_workflow"));
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }
}
