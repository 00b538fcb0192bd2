package io.baton.model.messaging;

import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.util.Map;

/** A workflow's status changed. Field names follow the AsyncAPI WorkflowStatusEvent payload. */
public record WorkflowStatusEvent(
        String eventId,
        String eventType,
        long eventTime,
        String workflowId,
        String workflowName,
        int workflowVersion,
        String correlationId,
        WorkflowStatus status,
        Long startTime,
        long endTime,
        Map<String, Object> input,
        Map<String, Object> output,
        String reasonForIncompletion,
        int priority,
        String parentWorkflowId) implements StatusEvent {

    /** A paused workflow running again; Conductor's listener tells it apart from a start (onWorkflowResumed). */
    public static final String RESUMED = "workflow.resumed";
    /** An ended workflow runs again from its first task; Conductor's onWorkflowRestarted. */
    public static final String RESTARTED = "workflow.restarted";
    /** An ended workflow runs again from the tasks that failed; Conductor's onWorkflowRetried. */
    public static final String RETRIED = "workflow.retried";
    /** An ended workflow runs again from a chosen task or its start; Conductor's onWorkflowRerun. */
    public static final String RERAN = "workflow.reran";

    public static WorkflowStatusEvent of(String eventId, long eventTime, Workflow workflow) {
        return of(eventId, eventTypeOf(workflow.getStatus()), eventTime, workflow);
    }

    public static WorkflowStatusEvent of(String eventId, String eventType, long eventTime, Workflow workflow) {
        return new WorkflowStatusEvent(eventId, eventType, eventTime, workflow.getWorkflowId(),
                workflow.getWorkflowName(), workflow.getWorkflowVersion(), workflow.getCorrelationId(),
                workflow.getStatus(), workflow.getStartTime(), workflow.getEndTime(), workflow.getInput(),
                workflow.getOutput(), workflow.getReasonForIncompletion(), workflow.getPriority(),
                workflow.getParentWorkflowId());
    }

    /** RUNNING is reported as {@code workflow.started} (a resume says {@link #RESUMED}); any other status by its name. */
    public static String eventTypeOf(WorkflowStatus status) {
        return "workflow." + (status == WorkflowStatus.RUNNING ? "started" : status.name().toLowerCase());
    }
}
