package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.decider.core.workflow.WorkflowOutcome;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * TERMINATE: ends the workflow with {@code terminationStatus} (COMPLETED, FAILED or TERMINATED) and
 * {@code terminationReason}; {@code workflowOutput} becomes the task's and the workflow's output, as in Conductor 3.32.3.
 */
final class TerminateTask implements TaskTypeHandler {
    private static final Set<String> STATUSES = Set.of("COMPLETED", "FAILED", "TERMINATED");

    @Override
    public void start(WorkflowExecution execution, Task task) {
        Object status = task.getInputData().get("terminationStatus");
        if (!(status instanceof String name) || !STATUSES.contains(name)) {
            task.setReasonForIncompletion("terminationStatus must be one of " + STATUSES + ", was: " + status);
            TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR);
            return;
        }
        Map<String, Object> workflowOutput = task.getInputData().get("workflowOutput") instanceof Map<?, ?> output
                ? copy(output) : null;
        if (workflowOutput != null) {
            task.setOutputData(copy(workflowOutput));
        }
        TaskLifecycle.finishNow(execution, task, TaskStatus.COMPLETED);
        Object reason = task.getInputData().get("terminationReason");
        WorkflowOutcome.endByTask(execution, WorkflowStatus.valueOf(name), reason == null ? null : reason.toString(),
                workflowOutput);
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }
}
