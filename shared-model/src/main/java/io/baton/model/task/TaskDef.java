package io.baton.model.task;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.model.Auditable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A task definition: the retry, timeout and rate-limit policy of a task type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TaskDef extends Auditable {

    private String name;
    private String description;
    private int retryCount = 3;
    private long timeoutSeconds;
    private List<String> inputKeys = new ArrayList<>();
    private List<String> outputKeys = new ArrayList<>();
    private TaskTimeoutPolicy timeoutPolicy = TaskTimeoutPolicy.TIME_OUT_WF;
    private RetryLogic retryLogic = RetryLogic.FIXED;
    private int retryDelaySeconds = 60;
    private long responseTimeoutSeconds = 3600;
    private Integer concurrentExecLimit;
    private Map<String, Object> inputTemplate = new LinkedHashMap<>();
    private Integer rateLimitPerFrequency;
    private Integer rateLimitFrequencyInSeconds;
    private String isolationGroupId;
    private String executionNameSpace;
    private String ownerEmail;
    private Integer pollTimeoutSeconds;
    private Integer backoffScaleFactor = 1;
    private Integer maxRetryDelaySeconds;
    private Integer backoffJitterMs;
    private String baseType;
    private long totalTimeoutSeconds;
    /** Conductor's gate for its task status listener; Baton's task.* events are always on (see README). */
    private boolean taskStatusListenerEnabled;
    /** Fields Baton does not model yet, kept so a definition round-trips unchanged. */
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }

    public int getRetryCount() { return retryCount; }
    public void setRetryCount(int retryCount) { this.retryCount = retryCount; }

    public long getTimeoutSeconds() { return timeoutSeconds; }
    public void setTimeoutSeconds(long timeoutSeconds) { this.timeoutSeconds = timeoutSeconds; }

    public List<String> getInputKeys() { return inputKeys; }
    public void setInputKeys(List<String> inputKeys) { this.inputKeys = inputKeys; }

    public List<String> getOutputKeys() { return outputKeys; }
    public void setOutputKeys(List<String> outputKeys) { this.outputKeys = outputKeys; }

    public TaskTimeoutPolicy getTimeoutPolicy() { return timeoutPolicy; }
    public void setTimeoutPolicy(TaskTimeoutPolicy timeoutPolicy) { this.timeoutPolicy = timeoutPolicy; }

    public RetryLogic getRetryLogic() { return retryLogic; }
    public void setRetryLogic(RetryLogic retryLogic) { this.retryLogic = retryLogic; }

    public int getRetryDelaySeconds() { return retryDelaySeconds; }
    public void setRetryDelaySeconds(int retryDelaySeconds) { this.retryDelaySeconds = retryDelaySeconds; }

    public long getResponseTimeoutSeconds() { return responseTimeoutSeconds; }
    public void setResponseTimeoutSeconds(long responseTimeoutSeconds) { this.responseTimeoutSeconds = responseTimeoutSeconds; }

    public Integer getConcurrentExecLimit() { return concurrentExecLimit; }
    public void setConcurrentExecLimit(Integer concurrentExecLimit) { this.concurrentExecLimit = concurrentExecLimit; }

    public Map<String, Object> getInputTemplate() { return inputTemplate; }
    public void setInputTemplate(Map<String, Object> inputTemplate) { this.inputTemplate = inputTemplate; }

    public Integer getRateLimitPerFrequency() { return rateLimitPerFrequency; }
    public void setRateLimitPerFrequency(Integer rateLimitPerFrequency) { this.rateLimitPerFrequency = rateLimitPerFrequency; }

    public Integer getRateLimitFrequencyInSeconds() { return rateLimitFrequencyInSeconds; }
    public void setRateLimitFrequencyInSeconds(Integer rateLimitFrequencyInSeconds) { this.rateLimitFrequencyInSeconds = rateLimitFrequencyInSeconds; }

    public String getIsolationGroupId() { return isolationGroupId; }
    public void setIsolationGroupId(String isolationGroupId) { this.isolationGroupId = isolationGroupId; }

    public String getExecutionNameSpace() { return executionNameSpace; }
    public void setExecutionNameSpace(String executionNameSpace) { this.executionNameSpace = executionNameSpace; }

    public String getOwnerEmail() { return ownerEmail; }
    public void setOwnerEmail(String ownerEmail) { this.ownerEmail = ownerEmail; }

    public Integer getPollTimeoutSeconds() { return pollTimeoutSeconds; }
    public void setPollTimeoutSeconds(Integer pollTimeoutSeconds) { this.pollTimeoutSeconds = pollTimeoutSeconds; }

    public Integer getBackoffScaleFactor() { return backoffScaleFactor; }
    public void setBackoffScaleFactor(Integer backoffScaleFactor) { this.backoffScaleFactor = backoffScaleFactor; }

    public Integer getMaxRetryDelaySeconds() { return maxRetryDelaySeconds; }
    public void setMaxRetryDelaySeconds(Integer maxRetryDelaySeconds) { this.maxRetryDelaySeconds = maxRetryDelaySeconds; }

    public Integer getBackoffJitterMs() { return backoffJitterMs; }
    public void setBackoffJitterMs(Integer backoffJitterMs) { this.backoffJitterMs = backoffJitterMs; }

    public String getBaseType() { return baseType; }
    public void setBaseType(String baseType) { this.baseType = baseType; }

    public long getTotalTimeoutSeconds() { return totalTimeoutSeconds; }
    public void setTotalTimeoutSeconds(long totalTimeoutSeconds) { this.totalTimeoutSeconds = totalTimeoutSeconds; }

    public boolean isTaskStatusListenerEnabled() { return taskStatusListenerEnabled; }
    public void setTaskStatusListenerEnabled(boolean taskStatusListenerEnabled) { this.taskStatusListenerEnabled = taskStatusListenerEnabled; }

    @JsonAnyGetter
    public Map<String, Object> getOtherFields() { return otherFields; }

    @JsonAnySetter
    public void setOtherField(String name, Object value) { otherFields.put(name, value); }
}
