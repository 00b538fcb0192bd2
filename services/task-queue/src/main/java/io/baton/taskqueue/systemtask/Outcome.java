package io.baton.taskqueue.systemtask;

import io.baton.model.task.Task;
import io.baton.model.task.TaskResultStatus;
import java.util.Map;

/** How a system task ended: the status, output and reason reported to the decider as a worker would report them. */
public record Outcome(TaskResultStatus status, Map<String, Object> output, String reason) {

    /**
     * Done: COMPLETED, or IN_PROGRESS for a task with {@code asyncComplete}, which then waits for someone to complete
     * it through POST /api/tasks, as in Conductor.
     */
    public static Outcome succeeded(Task task, Map<String, Object> output) {
        return new Outcome(asyncComplete(task) ? TaskResultStatus.IN_PROGRESS : TaskResultStatus.COMPLETED, output, null);
    }

    public static Outcome failed(String reason, Map<String, Object> output) {
        return new Outcome(TaskResultStatus.FAILED, output, reason);
    }

    /** Conductor reads {@code asyncComplete} from the task's input first, then from its workflow task. */
    static boolean asyncComplete(Task task) {
        if (task.getInputData().containsKey("asyncComplete")) {
            return Boolean.TRUE.equals(task.getInputData().get("asyncComplete"));
        }
        return task.getWorkflowTask() != null && task.getWorkflowTask().isAsyncComplete();
    }
}
