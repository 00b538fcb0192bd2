package io.baton.model.task;

/** The statuses a worker may report in a TaskResult. */
public enum TaskResultStatus {
    IN_PROGRESS, FAILED, FAILED_WITH_TERMINAL_ERROR, COMPLETED, CANCELED;

    public TaskStatus toTaskStatus() {
        return TaskStatus.valueOf(name());
    }
}
