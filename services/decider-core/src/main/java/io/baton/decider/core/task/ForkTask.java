package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.ArrayList;
import java.util.List;

/**
 * FORK_JOIN: completes at once and leads into the first task of every branch together with the JOIN that follows
 * the fork in the definition, so the JOIN waits from the start.
 */
final class ForkTask implements TaskTypeHandler {
    /** Conductor 3.32.3 names a fork's task type FORK, not FORK_JOIN. */
    static final String TASK_TYPE = "FORK";

    @Override
    public void start(WorkflowExecution execution, Task task) {
        task.setTaskType(TASK_TYPE);
        TaskLifecycle.finishNow(execution, task, TaskStatus.COMPLETED);
    }

    @Override
    public boolean leadsOnWhenScheduled() {
        return true;
    }

    @Override
    public List<WorkflowTask> next(WorkflowExecution execution, Task finished) {
        List<WorkflowTask> next = new ArrayList<>();
        for (List<WorkflowTask> branch : finished.getWorkflowTask().getForkTasks()) {
            if (!branch.isEmpty()) {
                next.add(branch.getFirst());
            }
        }
        next.addAll(TaskTypeHandler.super.next(execution, finished));
        return next;
    }
}
