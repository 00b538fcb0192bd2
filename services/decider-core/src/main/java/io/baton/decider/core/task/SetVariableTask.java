package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;

/** SET_VARIABLE: merges its resolved input into {@code workflow.variables}, then completes. */
final class SetVariableTask implements TaskTypeHandler {
    @Override
    public void start(WorkflowExecution execution, Task task) {
        execution.workflow().getVariables().putAll(task.getInputData());
        TaskLifecycle.finishNow(execution, task, TaskStatus.COMPLETED);
    }
}
