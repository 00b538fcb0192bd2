package io.baton.model.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.model.Auditable;
import io.baton.model.task.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A workflow execution, in Conductor's JSON shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Workflow extends Auditable {

    private WorkflowStatus status = WorkflowStatus.RUNNING;
    private long endTime;
    private String workflowId;
    private String parentWorkflowId;
    private String parentWorkflowTaskId;
    private List<Task> tasks = new ArrayList<>();
    private Map<String, Object> input = new LinkedHashMap<>();
    private Map<String, Object> output = new LinkedHashMap<>();
    private String correlationId;
    private String reRunFromWorkflowId;
    private String reasonForIncompletion;
    private String event;
    private Map<String, String> taskToDomain = new LinkedHashMap<>();
    private Set<String> failedReferenceTaskNames = new LinkedHashSet<>();
    private Set<String> failedTaskNames = new LinkedHashSet<>();
    private String failedTaskId;
    private WorkflowDef workflowDefinition;
    private String externalInputPayloadStoragePath;
    private String externalOutputPayloadStoragePath;
    private int priority;
    private Map<String, Object> variables = new LinkedHashMap<>();
    private long lastRetriedTime;
    private String idempotencyKey;

    public WorkflowStatus getStatus() { return status; }
    public void setStatus(WorkflowStatus status) { this.status = status; }

    public long getEndTime() { return endTime; }
    public void setEndTime(long endTime) { this.endTime = endTime; }

    public String getWorkflowId() { return workflowId; }
    public void setWorkflowId(String workflowId) { this.workflowId = workflowId; }

    public String getParentWorkflowId() { return parentWorkflowId; }
    public void setParentWorkflowId(String parentWorkflowId) { this.parentWorkflowId = parentWorkflowId; }

    public String getParentWorkflowTaskId() { return parentWorkflowTaskId; }
    public void setParentWorkflowTaskId(String parentWorkflowTaskId) { this.parentWorkflowTaskId = parentWorkflowTaskId; }

    public List<Task> getTasks() { return tasks; }
    public void setTasks(List<Task> tasks) { this.tasks = tasks; }

    public Map<String, Object> getInput() { return input; }
    public void setInput(Map<String, Object> input) { this.input = input; }

    public Map<String, Object> getOutput() { return output; }
    public void setOutput(Map<String, Object> output) { this.output = output; }

    public String getCorrelationId() { return correlationId; }
    public void setCorrelationId(String correlationId) { this.correlationId = correlationId; }

    public String getReRunFromWorkflowId() { return reRunFromWorkflowId; }
    public void setReRunFromWorkflowId(String reRunFromWorkflowId) { this.reRunFromWorkflowId = reRunFromWorkflowId; }

    public String getReasonForIncompletion() { return reasonForIncompletion; }
    public void setReasonForIncompletion(String reasonForIncompletion) { this.reasonForIncompletion = reasonForIncompletion; }

    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }

    public Map<String, String> getTaskToDomain() { return taskToDomain; }
    public void setTaskToDomain(Map<String, String> taskToDomain) { this.taskToDomain = taskToDomain; }

    public Set<String> getFailedReferenceTaskNames() { return failedReferenceTaskNames; }
    public void setFailedReferenceTaskNames(Set<String> failedReferenceTaskNames) { this.failedReferenceTaskNames = failedReferenceTaskNames; }

    public Set<String> getFailedTaskNames() { return failedTaskNames; }
    public void setFailedTaskNames(Set<String> failedTaskNames) { this.failedTaskNames = failedTaskNames; }

    public String getFailedTaskId() { return failedTaskId; }
    public void setFailedTaskId(String failedTaskId) { this.failedTaskId = failedTaskId; }

    public WorkflowDef getWorkflowDefinition() { return workflowDefinition; }
    public void setWorkflowDefinition(WorkflowDef workflowDefinition) { this.workflowDefinition = workflowDefinition; }

    public String getExternalInputPayloadStoragePath() { return externalInputPayloadStoragePath; }
    public void setExternalInputPayloadStoragePath(String externalInputPayloadStoragePath) { this.externalInputPayloadStoragePath = externalInputPayloadStoragePath; }

    public String getExternalOutputPayloadStoragePath() { return externalOutputPayloadStoragePath; }
    public void setExternalOutputPayloadStoragePath(String externalOutputPayloadStoragePath) { this.externalOutputPayloadStoragePath = externalOutputPayloadStoragePath; }

    public int getPriority() { return priority; }
    public void setPriority(int priority) { this.priority = priority; }

    public Map<String, Object> getVariables() { return variables; }
    public void setVariables(Map<String, Object> variables) { this.variables = variables; }

    public long getLastRetriedTime() { return lastRetriedTime; }
    public void setLastRetriedTime(long lastRetriedTime) { this.lastRetriedTime = lastRetriedTime; }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }

    /** Conductor reports the creation time as the start time. */
    public Long getStartTime() { return getCreateTime(); }

    public void setStartTime(Long startTime) {
        if (getCreateTime() == null) {
            setCreateTime(startTime);
        }
    }

    public String getWorkflowName() { return workflowDefinition == null ? null : workflowDefinition.getName(); }

    public void setWorkflowName(String ignored) {
        // derived from the embedded definition
    }

    public Integer getWorkflowVersion() { return workflowDefinition == null ? null : workflowDefinition.getVersion(); }

    public void setWorkflowVersion(Integer ignored) {
        // derived from the embedded definition
    }

}
