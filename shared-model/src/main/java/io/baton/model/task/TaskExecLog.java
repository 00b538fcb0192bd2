package io.baton.model.task;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One log line a worker attached to a task. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TaskExecLog {

    private String log;
    private String taskId;
    private long createdTime;

    public String getLog() { return log; }
    public void setLog(String log) { this.log = log; }

    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }

    public long getCreatedTime() { return createdTime; }
    public void setCreatedTime(long createdTime) { this.createdTime = createdTime; }
}
