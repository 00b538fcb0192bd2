package io.baton.model.workflow;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.model.Auditable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A workflow definition, in Conductor's JSON shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class WorkflowDef extends Auditable {

    private String name;
    private String description;
    private int version = 1;
    private List<WorkflowTask> tasks = new ArrayList<>();
    private List<String> inputParameters = new ArrayList<>();
    private Map<String, Object> outputParameters = new LinkedHashMap<>();
    private String failureWorkflow;
    private Integer failureWorkflowVersion;
    private int schemaVersion = 2;
    private boolean restartable = true;
    private boolean workflowStatusListenerEnabled;
    private String workflowStatusListenerSink;
    private String ownerEmail;
    private WorkflowTimeoutPolicy timeoutPolicy = WorkflowTimeoutPolicy.ALERT_ONLY;
    private long timeoutSeconds;
    private Map<String, Object> variables = new LinkedHashMap<>();
    private Map<String, Object> inputTemplate = new LinkedHashMap<>();
    /** Fields Baton does not model yet, kept so a definition round-trips unchanged. */
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }

    public List<WorkflowTask> getTasks() { return tasks; }
    public void setTasks(List<WorkflowTask> tasks) { this.tasks = tasks; }

    public List<String> getInputParameters() { return inputParameters; }
    public void setInputParameters(List<String> inputParameters) { this.inputParameters = inputParameters; }

    public Map<String, Object> getOutputParameters() { return outputParameters; }
    public void setOutputParameters(Map<String, Object> outputParameters) { this.outputParameters = outputParameters; }

    public String getFailureWorkflow() { return failureWorkflow; }
    public void setFailureWorkflow(String failureWorkflow) { this.failureWorkflow = failureWorkflow; }

    public Integer getFailureWorkflowVersion() { return failureWorkflowVersion; }
    public void setFailureWorkflowVersion(Integer failureWorkflowVersion) { this.failureWorkflowVersion = failureWorkflowVersion; }

    public int getSchemaVersion() { return schemaVersion; }
    public void setSchemaVersion(int schemaVersion) { this.schemaVersion = schemaVersion; }

    public boolean isRestartable() { return restartable; }
    public void setRestartable(boolean restartable) { this.restartable = restartable; }

    public boolean isWorkflowStatusListenerEnabled() { return workflowStatusListenerEnabled; }
    public void setWorkflowStatusListenerEnabled(boolean workflowStatusListenerEnabled) { this.workflowStatusListenerEnabled = workflowStatusListenerEnabled; }

    public String getWorkflowStatusListenerSink() { return workflowStatusListenerSink; }
    public void setWorkflowStatusListenerSink(String workflowStatusListenerSink) { this.workflowStatusListenerSink = workflowStatusListenerSink; }

    public String getOwnerEmail() { return ownerEmail; }
    public void setOwnerEmail(String ownerEmail) { this.ownerEmail = ownerEmail; }

    public WorkflowTimeoutPolicy getTimeoutPolicy() { return timeoutPolicy; }
    public void setTimeoutPolicy(WorkflowTimeoutPolicy timeoutPolicy) { this.timeoutPolicy = timeoutPolicy; }

    public long getTimeoutSeconds() { return timeoutSeconds; }
    public void setTimeoutSeconds(long timeoutSeconds) { this.timeoutSeconds = timeoutSeconds; }

    public Map<String, Object> getVariables() { return variables; }
    public void setVariables(Map<String, Object> variables) { this.variables = variables; }

    public Map<String, Object> getInputTemplate() { return inputTemplate; }
    public void setInputTemplate(Map<String, Object> inputTemplate) { this.inputTemplate = inputTemplate; }

    @JsonAnyGetter
    public Map<String, Object> getOtherFields() { return otherFields; }

    @JsonAnySetter
    public void setOtherField(String name, Object value) { otherFields.put(name, value); }
}
