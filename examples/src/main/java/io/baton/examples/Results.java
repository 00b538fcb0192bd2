package io.baton.examples;

import com.netflix.conductor.common.metadata.tasks.Task;
import com.netflix.conductor.common.metadata.tasks.TaskResult;
import java.util.Map;

/** The two answers the example workers give. */
final class Results {
    private Results() {
    }

    static TaskResult completed(Task task, Map<String, Object> output) {
        TaskResult result = new TaskResult(task);
        result.setStatus(TaskResult.Status.COMPLETED);
        result.setOutputData(output);
        return result;
    }

    /** A failure no retry can mend: {@code FAILED_WITH_TERMINAL_ERROR}, so the workflow fails at once. */
    static TaskResult failedForGood(Task task, String reason) {
        TaskResult result = new TaskResult(task);
        result.setStatus(TaskResult.Status.FAILED_WITH_TERMINAL_ERROR);
        result.setReasonForIncompletion(reason);
        result.log(reason);
        return result;
    }

    static TaskResult failed(Task task, String reason) {
        TaskResult result = failedForGood(task, reason);
        result.setStatus(TaskResult.Status.FAILED);
        return result;
    }
}
