package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;

/** DYNAMIC: a worker task whose name is read from the input key that {@code dynamicTaskNameParam} names. */
final class DynamicTask implements TaskTypeHandler {
    private final TaskTypeHandler workerTask;

    DynamicTask(TaskTypeHandler workerTask) {
        this.workerTask = workerTask;
    }

    @Override
    public void start(WorkflowExecution execution, Task task) {
        String param = task.getWorkflowTask().getDynamicTaskNameParam();
        Object name = param == null ? null : task.getInputData().get(param);
        if (!(name instanceof String taskName) || taskName.isBlank()) {
            task.setReasonForIncompletion("Cannot map a dynamic task based on the parameter and input. Parameter= "
                    + param + ", input= " + task.getInputData());
            TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR);
            return;
        }
        task.setTaskType(taskName);
        task.setTaskDefName(taskName);
        task.setDomain(TaskFactory.domainOf(execution.workflow().getTaskToDomain(), taskName));
        workerTask.start(execution, task);
    }
}
