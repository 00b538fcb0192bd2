package io.baton.decider.conductorstatus;

import io.baton.model.json.Json;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The message Conductor's Kafka workflow status publisher sends: {@code {workflowName, eventType, payload}}, the
 * payload a WorkflowSummaryExtended (times as GMT text, input and output as objects), keyed by workflow id.
 */
final class ConductorStatusMessage {
    private static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ConductorStatusMessage() {
    }

    /**
     * Conductor's event types for a Baton workflow event: a failure and a time-out are {@code TERMINATED} there
     * (onWorkflowTerminated), and every end is followed by {@code FINALIZED}.
     */
    static List<String> eventTypesOf(String batonEventType) {
        return switch (batonEventType) {
            case "workflow.started" -> List.of("STARTED");
            case "workflow.completed" -> List.of("COMPLETED", "FINALIZED");
            case "workflow.failed", "workflow.timed_out", "workflow.terminated" -> List.of("TERMINATED", "FINALIZED");
            case "workflow.paused" -> List.of("PAUSED");
            case WorkflowStatusEvent.RESUMED -> List.of("RESUMED");
            case WorkflowStatusEvent.RESTARTED -> List.of("RESTARTED");
            case WorkflowStatusEvent.RETRIED -> List.of("RETRIED");
            case WorkflowStatusEvent.RERAN -> List.of("RERAN");
            default -> List.of();
        };
    }

    /**
     * @param status the workflow's status at the event: a decision may start and end a workflow, and {@code workflow}
     *               is its state after the decision
     */
    static String json(String eventType, WorkflowStatus status, Workflow workflow) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("workflowName", workflow.getWorkflowName());
        message.put("eventType", eventType);
        message.put("payload", summary(status, workflow));
        return Json.write(message);
    }

    private static Map<String, Object> summary(WorkflowStatus status, Workflow workflow) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("workflowType", workflow.getWorkflowName());
        summary.put("version", workflow.getWorkflowVersion());
        summary.put("workflowId", workflow.getWorkflowId());
        summary.put("correlationId", workflow.getCorrelationId());
        summary.put("startTime", time(workflow.getCreateTime()));
        summary.put("updateTime", time(workflow.getUpdateTime()));
        summary.put("endTime", workflow.getEndTime() > 0 ? time(workflow.getEndTime()) : null);
        summary.put("status", status);
        summary.put("input", workflow.getInput());
        summary.put("output", workflow.getOutput());
        summary.put("inputSize", workflow.getInput() == null ? 0 : Json.write(workflow.getInput()).length());
        summary.put("outputSize", workflow.getOutput() == null ? 0 : Json.write(workflow.getOutput()).length());
        summary.put("reasonForIncompletion", workflow.getReasonForIncompletion());
        summary.put("executionTime", workflow.getEndTime() > 0 && workflow.getStartTime() != null
                ? workflow.getEndTime() - workflow.getStartTime() : 0);
        summary.put("event", workflow.getEvent());
        summary.put("failedReferenceTaskNames", String.join(",", workflow.getFailedReferenceTaskNames()));
        summary.put("failedTaskNames", workflow.getFailedTaskNames());
        summary.put("externalInputPayloadStoragePath", workflow.getExternalInputPayloadStoragePath());
        summary.put("externalOutputPayloadStoragePath", workflow.getExternalOutputPayloadStoragePath());
        summary.put("priority", workflow.getPriority());
        summary.values().removeIf(Objects::isNull); // Conductor's JSON leaves out nulls
        return summary;
    }

    private static String time(Long epochMillis) {
        return epochMillis == null ? null : GMT.format(Instant.ofEpochMilli(epochMillis));
    }
}
