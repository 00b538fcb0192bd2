package io.baton.taskqueue.completion;

import io.baton.model.task.Task;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.service.rest.ApiException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The result a task is given from outside its worker: by reference name or by a signal, as Conductor builds it. */
final class ExternalResults {
    private static final Pattern ITERATION = Pattern.compile("__\\d+$");

    private ExternalResults() {
    }

    /** The {status} path segment, or a 400 naming the statuses a result may have. */
    static TaskResultStatus status(String status) {
        try {
            return TaskResultStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badRequest("Invalid task status: " + status + "; must be one of "
                    + Arrays.toString(TaskResultStatus.values()));
        }
    }

    /**
     * The pending task's result with the status and the given output over the task's own output (Conductor's
     * {@code new TaskResult(task)}); the worker id when one is given.
     */
    static TaskResult of(Task pending, TaskResultStatus status, Map<String, Object> output, String workerId) {
        TaskResult result = new TaskResult();
        result.setWorkflowInstanceId(pending.getWorkflowInstanceId());
        result.setTaskId(pending.getTaskId());
        result.setReasonForIncompletion(pending.getReasonForIncompletion());
        result.setCallbackAfterSeconds(pending.getCallbackAfterSeconds());
        result.setWorkerId(workerId == null || workerId.isBlank() ? pending.getWorkerId() : workerId);
        result.setSubWorkflowId(pending.getSubWorkflowId());
        Map<String, Object> merged = new LinkedHashMap<>(pending.getOutputData());
        if (output != null) {
            merged.putAll(output);
        }
        result.setOutputData(merged);
        result.setStatus(status);
        return result;
    }

    /** As Conductor's getPendingTaskForWorkflow: the reference name as given, else without a loop iteration suffix. */
    static Optional<Task> pendingByReference(List<Task> tasks, String taskRefName) {
        List<Task> notEnded = tasks.stream().filter(task -> !task.getStatus().isTerminal()).toList();
        return notEnded.stream().filter(task -> taskRefName.equals(task.getReferenceTaskName())).findFirst()
                .or(() -> notEnded.stream()
                        .filter(task -> taskRefName.equals(ITERATION.matcher(task.getReferenceTaskName()).replaceFirst("")))
                        .findFirst());
    }
}
