package io.baton.workflowapi.metadata;

import io.baton.model.task.TaskDef;

/** Conductor's registration checks of a task definition. */
public final class TaskDefValidator {
    private TaskDefValidator() {
    }

    /** Adds to {@code violations} what is wrong with {@code taskDef}, at paths under {@code path}. */
    public static void check(TaskDef taskDef, String path, Violations violations) {
        if (taskDef == null) {
            violations.add(path.isEmpty() ? "taskDef" : path, "TaskDef cannot be null");
            return;
        }
        if (taskDef.getName() == null || taskDef.getName().isBlank()) {
            violations.add(Violations.at(path, "name"), "TaskDef name cannot be null or empty");
        }
        if (taskDef.getRetryCount() < 0) {
            violations.add(Violations.at(path, "retryCount"), "TaskDef retryCount: must be >= 0");
        }
        if (taskDef.getTimeoutSeconds() > 0 && taskDef.getResponseTimeoutSeconds() > taskDef.getTimeoutSeconds()) {
            violations.add(Violations.at(path, "responseTimeoutSeconds"), "TaskDef: " + taskDef.getName()
                    + " responseTimeoutSeconds: " + taskDef.getResponseTimeoutSeconds()
                    + " must be less than timeoutSeconds: " + taskDef.getTimeoutSeconds());
        }
    }
}
