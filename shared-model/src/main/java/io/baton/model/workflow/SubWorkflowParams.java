package io.baton.model.workflow;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which workflow a SUB_WORKFLOW task starts: by name and version, or an inline definition. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SubWorkflowParams {

    private String name;
    private Integer version;
    private Map<String, String> taskToDomain;
    private Object workflowDefinition;
    private String idempotencyKey;
    private String idempotencyStrategy;
    private Object priority;
    /** Fields Baton does not model yet, kept so a definition round-trips unchanged. */
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    public Map<String, String> getTaskToDomain() { return taskToDomain; }
    public void setTaskToDomain(Map<String, String> taskToDomain) { this.taskToDomain = taskToDomain; }

    public Object getWorkflowDefinition() { return workflowDefinition; }
    public void setWorkflowDefinition(Object workflowDefinition) { this.workflowDefinition = workflowDefinition; }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }

    public String getIdempotencyStrategy() { return idempotencyStrategy; }
    public void setIdempotencyStrategy(String idempotencyStrategy) { this.idempotencyStrategy = idempotencyStrategy; }

    public Object getPriority() { return priority; }
    public void setPriority(Object priority) { this.priority = priority; }

    @JsonAnyGetter
    public Map<String, Object> getOtherFields() { return otherFields; }

    @JsonAnySetter
    public void setOtherField(String name, Object value) { otherFields.put(name, value); }
}
