package io.baton.model.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a worker reports about a task it polled. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TaskResult {

    private String workflowInstanceId;
    private String taskId;
    private String reasonForIncompletion;
    private long callbackAfterSeconds;
    private String workerId;
    private TaskResultStatus status;
    private Map<String, Object> outputData = new LinkedHashMap<>();
    private List<TaskExecLog> logs = new ArrayList<>();
    private String externalOutputPayloadStoragePath;
    private String subWorkflowId;
    private boolean extendLease;

    public String getWorkflowInstanceId() { return workflowInstanceId; }
    public void setWorkflowInstanceId(String workflowInstanceId) { this.workflowInstanceId = workflowInstanceId; }

    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }

    public String getReasonForIncompletion() { return reasonForIncompletion; }
    public void setReasonForIncompletion(String reasonForIncompletion) { this.reasonForIncompletion = reasonForIncompletion; }

    public long getCallbackAfterSeconds() { return callbackAfterSeconds; }
    public void setCallbackAfterSeconds(long callbackAfterSeconds) { this.callbackAfterSeconds = callbackAfterSeconds; }

    public String getWorkerId() { return workerId; }
    public void setWorkerId(String workerId) { this.workerId = workerId; }

    public TaskResultStatus getStatus() { return status; }
    public void setStatus(TaskResultStatus status) { this.status = status; }

    public Map<String, Object> getOutputData() { return outputData; }
    public void setOutputData(Map<String, Object> outputData) { this.outputData = outputData; }

    public List<TaskExecLog> getLogs() { return logs; }
    public void setLogs(List<TaskExecLog> logs) { this.logs = logs; }

    public String getExternalOutputPayloadStoragePath() { return externalOutputPayloadStoragePath; }
    public void setExternalOutputPayloadStoragePath(String externalOutputPayloadStoragePath) { this.externalOutputPayloadStoragePath = externalOutputPayloadStoragePath; }

    public String getSubWorkflowId() { return subWorkflowId; }
    public void setSubWorkflowId(String subWorkflowId) { this.subWorkflowId = subWorkflowId; }

    public boolean isExtendLease() { return extendLease; }
    public void setExtendLease(boolean extendLease) { this.extendLease = extendLease; }
}
