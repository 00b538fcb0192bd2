package io.baton.model.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.model.workflow.WorkflowTask;
import java.util.LinkedHashMap;
import java.util.Map;

/** A task execution: one attempt of one workflow task. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Task {

    private String taskType;
    private TaskStatus status;
    private Map<String, Object> inputData = new LinkedHashMap<>();
    private String referenceTaskName;
    private int retryCount;
    private int seq;
    private String correlationId;
    private int pollCount;
    private String taskDefName;
    private long scheduledTime;
    private long startTime;
    private long endTime;
    private long updateTime;
    private int startDelayInSeconds;
    private String retriedTaskId;
    private boolean retried;
    private boolean executed;
    private boolean callbackFromWorker = true;
    private long responseTimeoutSeconds;
    private String workflowInstanceId;
    private String workflowType;
    private String taskId;
    private String reasonForIncompletion;
    private long callbackAfterSeconds;
    private String workerId;
    private Map<String, Object> outputData = new LinkedHashMap<>();
    private WorkflowTask workflowTask;
    private String domain;
    private int rateLimitPerFrequency;
    private int rateLimitFrequencyInSeconds;
    private String externalInputPayloadStoragePath;
    private String externalOutputPayloadStoragePath;
    private int workflowPriority;
    private String executionNameSpace;
    private String isolationGroupId;
    private int iteration;
    private String subWorkflowId;
    private boolean subworkflowChanged;
    private long firstStartTime;
    private String parentTaskId;

    public String getTaskType() { return taskType; }
    public void setTaskType(String taskType) { this.taskType = taskType; }

    public TaskStatus getStatus() { return status; }
    public void setStatus(TaskStatus status) { this.status = status; }

    public Map<String, Object> getInputData() { return inputData; }
    public void setInputData(Map<String, Object> inputData) { this.inputData = inputData; }

    public String getReferenceTaskName() { return referenceTaskName; }
    public void setReferenceTaskName(String referenceTaskName) { this.referenceTaskName = referenceTaskName; }

    public int getRetryCount() { return retryCount; }
    public void setRetryCount(int retryCount) { this.retryCount = retryCount; }

    public int getSeq() { return seq; }
    public void setSeq(int seq) { this.seq = seq; }

    public String getCorrelationId() { return correlationId; }
    public void setCorrelationId(String correlationId) { this.correlationId = correlationId; }

    public int getPollCount() { return pollCount; }
    public void setPollCount(int pollCount) { this.pollCount = pollCount; }

    public String getTaskDefName() { return taskDefName; }
    public void setTaskDefName(String taskDefName) { this.taskDefName = taskDefName; }

    public long getScheduledTime() { return scheduledTime; }
    public void setScheduledTime(long scheduledTime) { this.scheduledTime = scheduledTime; }

    public long getStartTime() { return startTime; }
    public void setStartTime(long startTime) { this.startTime = startTime; }

    public long getEndTime() { return endTime; }
    public void setEndTime(long endTime) { this.endTime = endTime; }

    public long getUpdateTime() { return updateTime; }
    public void setUpdateTime(long updateTime) { this.updateTime = updateTime; }

    public int getStartDelayInSeconds() { return startDelayInSeconds; }
    public void setStartDelayInSeconds(int startDelayInSeconds) { this.startDelayInSeconds = startDelayInSeconds; }

    public String getRetriedTaskId() { return retriedTaskId; }
    public void setRetriedTaskId(String retriedTaskId) { this.retriedTaskId = retriedTaskId; }

    public boolean isRetried() { return retried; }
    public void setRetried(boolean retried) { this.retried = retried; }

    public boolean isExecuted() { return executed; }
    public void setExecuted(boolean executed) { this.executed = executed; }

    public boolean isCallbackFromWorker() { return callbackFromWorker; }
    public void setCallbackFromWorker(boolean callbackFromWorker) { this.callbackFromWorker = callbackFromWorker; }

    public long getResponseTimeoutSeconds() { return responseTimeoutSeconds; }
    public void setResponseTimeoutSeconds(long responseTimeoutSeconds) { this.responseTimeoutSeconds = responseTimeoutSeconds; }

    public String getWorkflowInstanceId() { return workflowInstanceId; }
    public void setWorkflowInstanceId(String workflowInstanceId) { this.workflowInstanceId = workflowInstanceId; }

    public String getWorkflowType() { return workflowType; }
    public void setWorkflowType(String workflowType) { this.workflowType = workflowType; }

    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }

    public String getReasonForIncompletion() { return reasonForIncompletion; }
    public void setReasonForIncompletion(String reasonForIncompletion) { this.reasonForIncompletion = reasonForIncompletion; }

    public long getCallbackAfterSeconds() { return callbackAfterSeconds; }
    public void setCallbackAfterSeconds(long callbackAfterSeconds) { this.callbackAfterSeconds = callbackAfterSeconds; }

    public String getWorkerId() { return workerId; }
    public void setWorkerId(String workerId) { this.workerId = workerId; }

    public Map<String, Object> getOutputData() { return outputData; }
    public void setOutputData(Map<String, Object> outputData) { this.outputData = outputData; }

    public WorkflowTask getWorkflowTask() { return workflowTask; }
    public void setWorkflowTask(WorkflowTask workflowTask) { this.workflowTask = workflowTask; }

    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }

    public int getRateLimitPerFrequency() { return rateLimitPerFrequency; }
    public void setRateLimitPerFrequency(int rateLimitPerFrequency) { this.rateLimitPerFrequency = rateLimitPerFrequency; }

    public int getRateLimitFrequencyInSeconds() { return rateLimitFrequencyInSeconds; }
    public void setRateLimitFrequencyInSeconds(int rateLimitFrequencyInSeconds) { this.rateLimitFrequencyInSeconds = rateLimitFrequencyInSeconds; }

    public String getExternalInputPayloadStoragePath() { return externalInputPayloadStoragePath; }
    public void setExternalInputPayloadStoragePath(String externalInputPayloadStoragePath) { this.externalInputPayloadStoragePath = externalInputPayloadStoragePath; }

    public String getExternalOutputPayloadStoragePath() { return externalOutputPayloadStoragePath; }
    public void setExternalOutputPayloadStoragePath(String externalOutputPayloadStoragePath) { this.externalOutputPayloadStoragePath = externalOutputPayloadStoragePath; }

    public int getWorkflowPriority() { return workflowPriority; }
    public void setWorkflowPriority(int workflowPriority) { this.workflowPriority = workflowPriority; }

    public String getExecutionNameSpace() { return executionNameSpace; }
    public void setExecutionNameSpace(String executionNameSpace) { this.executionNameSpace = executionNameSpace; }

    public String getIsolationGroupId() { return isolationGroupId; }
    public void setIsolationGroupId(String isolationGroupId) { this.isolationGroupId = isolationGroupId; }

    public int getIteration() { return iteration; }
    public void setIteration(int iteration) { this.iteration = iteration; }

    public String getSubWorkflowId() { return subWorkflowId; }
    public void setSubWorkflowId(String subWorkflowId) { this.subWorkflowId = subWorkflowId; }

    public boolean isSubworkflowChanged() { return subworkflowChanged; }
    public void setSubworkflowChanged(boolean subworkflowChanged) { this.subworkflowChanged = subworkflowChanged; }

    public long getFirstStartTime() { return firstStartTime; }
    public void setFirstStartTime(long firstStartTime) { this.firstStartTime = firstStartTime; }

    public String getParentTaskId() { return parentTaskId; }
    public void setParentTaskId(String parentTaskId) { this.parentTaskId = parentTaskId; }

    /** How long the task waited in its queue before a worker took it, as Conductor reports it. */
    public long getQueueWaitTime() {
        if (startTime > 0 && scheduledTime > 0) {
            return startTime - scheduledTime - startDelayInSeconds * 1000L;
        }
        return 0L;
    }

    public void setQueueWaitTime(long ignored) {
        // derived; accepted on input so Conductor's own JSON reads back
    }

    /** True for a task inside a DO_WHILE loop, as Conductor reports it. */
    public boolean isLoopOverTask() { return iteration > 0; }

    public void setLoopOverTask(boolean ignored) {
        // derived; accepted on input so Conductor's own JSON reads back
    }

}
