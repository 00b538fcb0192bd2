package io.baton.model.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body of POST /api/workflow. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StartWorkflowRequest {

    private String name;
    private Integer version;
    private String correlationId;
    private Map<String, Object> input = new LinkedHashMap<>();
    private Map<String, String> taskToDomain = new LinkedHashMap<>();
    private WorkflowDef workflowDef;
    private String externalInputPayloadStoragePath;
    private Integer priority = 0;
    private String createdBy;
    private String idempotencyKey;
    private String idempotencyStrategy;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    public String getCorrelationId() { return correlationId; }
    public void setCorrelationId(String correlationId) { this.correlationId = correlationId; }

    public Map<String, Object> getInput() { return input; }
    public void setInput(Map<String, Object> input) { this.input = input; }

    public Map<String, String> getTaskToDomain() { return taskToDomain; }
    public void setTaskToDomain(Map<String, String> taskToDomain) { this.taskToDomain = taskToDomain; }

    public WorkflowDef getWorkflowDef() { return workflowDef; }
    public void setWorkflowDef(WorkflowDef workflowDef) { this.workflowDef = workflowDef; }

    public String getExternalInputPayloadStoragePath() { return externalInputPayloadStoragePath; }
    public void setExternalInputPayloadStoragePath(String externalInputPayloadStoragePath) { this.externalInputPayloadStoragePath = externalInputPayloadStoragePath; }

    public Integer getPriority() { return priority; }
    public void setPriority(Integer priority) { this.priority = priority; }

    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }

    public String getIdempotencyStrategy() { return idempotencyStrategy; }
    public void setIdempotencyStrategy(String idempotencyStrategy) { this.idempotencyStrategy = idempotencyStrategy; }
}
