package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.task.Task;

/**
 * SIMPLE, and every type that is not built in: offered on its queue for a worker to poll. HTTP and KAFKA_PUBLISH
 * do I/O, which the pure decider cannot, so they wait on the queue of their type too, for task-queue to run them.
 */
final class WorkerTask implements TaskTypeHandler {
    @Override
    public void start(WorkflowExecution execution, Task task) {
        execution.taskStatusChanged(task);
        long delaySeconds = Math.max(task.getStartDelayInSeconds(), task.getCallbackAfterSeconds());
        execution.dispatch(new TaskScheduled(execution.newId(), task.getWorkflowInstanceId(),
                TaskDispatch.queueNameOf(task), execution.now() + delaySeconds * 1000L, task));
    }
}
