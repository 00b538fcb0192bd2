package io.baton.workflowapi.search;

import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

/**
 * A search hit as Conductor 3.32 answers it (its WorkflowSummary): times are ISO-8601 strings in UTC, input and
 * output are the maps' Java {@code toString()} ({@code {x=hello}}, the server's default summary serialisation), the
 * failed reference task names one comma-joined string, and the parent workflow id empty rather than absent.
 */
public record WorkflowSummary(String workflowType, int version, String workflowId, String correlationId,
                              String startTime, String updateTime, String endTime, WorkflowStatus status,
                              String input, String output, String reasonForIncompletion, long executionTime,
                              String event, String failedReferenceTaskNames, String externalInputPayloadStoragePath,
                              String externalOutputPayloadStoragePath, int priority, Set<String> failedTaskNames,
                              String createdBy, Map<String, String> taskToDomain, String idempotencyKey,
                              String parentWorkflowId, String classifier, long inputSize, long outputSize) {
    private static final DateTimeFormatter ISO_UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** Conductor classifies executions by their definition; Baton runs plain workflows only. */
    private static final String CLASSIFIER = "workflow";

    public static WorkflowSummary of(Workflow workflow) {
        String input = workflow.getInput() == null ? null : workflow.getInput().toString();
        String output = workflow.getOutput() == null ? null : workflow.getOutput().toString();
        boolean ended = workflow.getEndTime() > 0;
        return new WorkflowSummary(workflow.getWorkflowName(),
                workflow.getWorkflowVersion() == null ? 0 : workflow.getWorkflowVersion(),
                workflow.getWorkflowId(), workflow.getCorrelationId(), time(workflow.getCreateTime()),
                time(workflow.getUpdateTime()), ended ? time(workflow.getEndTime()) : null, workflow.getStatus(),
                input, output, workflow.getReasonForIncompletion(),
                ended && workflow.getCreateTime() != null ? workflow.getEndTime() - workflow.getCreateTime() : 0,
                workflow.getEvent(), String.join(",", workflow.getFailedReferenceTaskNames()),
                blankAsNull(workflow.getExternalInputPayloadStoragePath()),
                blankAsNull(workflow.getExternalOutputPayloadStoragePath()), workflow.getPriority(),
                workflow.getFailedTaskNames(), workflow.getCreatedBy(),
                workflow.getTaskToDomain() == null ? Map.of() : workflow.getTaskToDomain(), workflow.getIdempotencyKey(),
                workflow.getParentWorkflowId() == null ? "" : workflow.getParentWorkflowId(), CLASSIFIER,
                input == null ? 0 : input.length(), output == null ? 0 : output.length());
    }

    static String time(Long epochMillis) {
        return epochMillis == null ? null : ISO_UTC.format(Instant.ofEpochMilli(epochMillis));
    }

    static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
