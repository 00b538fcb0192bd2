package io.baton.model.workflow;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tasks a retry of an ended workflow runs again, as Conductor 3.32.3 picks them: of each reference name, the last
 * attempt when it FAILED, FAILED_WITH_TERMINAL_ERROR, TIMED_OUT or was CANCELED. A canceled JOIN is not among them:
 * it waits again in place. Shared by workflow-api (to refuse a retry with nothing to retry) and the decider.
 */
public final class RetryableTasks {
    private RetryableTasks() {
    }

    /** The tasks to run again, in sequence order. */
    public static List<Task> of(Workflow workflow) {
        Map<String, Task> lastUnsuccessful = new LinkedHashMap<>();
        workflow.getTasks().stream().sorted(Comparator.comparingInt(Task::getSeq)).forEach(task -> {
            if (runsAgain(task)) {
                lastUnsuccessful.put(task.getReferenceTaskName(), task);
            } else {
                lastUnsuccessful.remove(task.getReferenceTaskName());
            }
        });
        return List.copyOf(lastUnsuccessful.values());
    }

    /** The canceled JOINs a retry reopens to wait for the tasks it runs again. */
    public static List<Task> canceledJoins(Workflow workflow) {
        return workflow.getTasks().stream()
                .filter(task -> task.getStatus() == TaskStatus.CANCELED && TaskType.JOIN.equals(task.getTaskType()))
                .toList();
    }

    private static boolean runsAgain(Task task) {
        return switch (task.getStatus()) {
            case FAILED, FAILED_WITH_TERMINAL_ERROR, TIMED_OUT -> true;
            case CANCELED -> !TaskType.JOIN.equals(task.getTaskType());
            default -> false;
        };
    }
}
