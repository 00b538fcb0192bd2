package io.baton.conformance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a worker answers for one attempt of a task.
 *
 * @param status COMPLETED, FAILED or FAILED_WITH_TERMINAL_ERROR
 * @param output the task's output
 * @param reason the reason for incompletion of a failure
 */
public record WorkerAttempt(String status, Map<String, Object> output, String reason) {
    public WorkerAttempt {
        output = output == null ? Map.of() : output;
        if (status == null) {
            throw new IllegalArgumentException("a worker attempt needs a status");
        }
    }

    /** The task result a worker posts for this attempt, as {@code POST /api/tasks} takes it. */
    public Map<String, Object> taskResult(String workflowId, String taskId, String workerId) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workflowInstanceId", workflowId);
        result.put("taskId", taskId);
        result.put("workerId", workerId);
        result.put("status", status);
        result.put("outputData", output);
        if (reason != null) {
            result.put("reasonForIncompletion", reason);
        }
        return result;
    }
}
