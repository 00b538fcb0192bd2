package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;

/** HUMAN: IN_PROGRESS until completed from outside (POST /api/tasks); never offered to workers. */
final class HumanTask implements TaskTypeHandler {
    @Override
    public void start(WorkflowExecution execution, Task task) {
        TaskLifecycle.startWaiting(execution, task);
    }
}
