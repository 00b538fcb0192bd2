package io.baton.decider.core.command;

import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;

/** A worker task starts when a worker takes it, whichever of its poll record or its first result arrives first. */
final class TaskStarts {
    private TaskStarts() {
    }

    static void start(Task task, long at, String workerId) {
        task.setStatus(TaskStatus.IN_PROGRESS);
        task.setStartTime(at);
        if (task.getFirstStartTime() == 0) {
            task.setFirstStartTime(at);
        }
        task.setPollCount(task.getPollCount() + 1);
        if (workerId != null) {
            task.setWorkerId(workerId);
        }
    }
}
