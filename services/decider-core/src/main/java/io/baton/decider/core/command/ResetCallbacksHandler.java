package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.ResetCallbacks;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;

/**
 * ResetCallbacks: the SCHEDULED worker tasks of a workflow that has not ended which wait out a callback (a retry
 * delay) are offered again, visible at once, as Conductor zeroes their callbackAfterSeconds.
 */
public final class ResetCallbacksHandler {

    public Decision apply(WorkflowExecution execution, ResetCallbacks command) {
        if (execution.workflow().getStatus().isTerminal()) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + execution.workflow().getStatus());
        }
        boolean reset = false;
        for (Task task : execution.workflow().getTasks()) {
            if (task.getStatus() == TaskStatus.SCHEDULED && task.getCallbackAfterSeconds() > 0
                    && TaskType.isWorkerTask(task.getWorkflowTask().getType())) {
                task.setCallbackAfterSeconds(0);
                execution.taskChanged(task);
                // task-queue moves a queued task forward when a dispatch of it becomes visible earlier.
                execution.dispatch(new TaskScheduled(execution.newId(), task.getWorkflowInstanceId(),
                        TaskDispatch.queueNameOf(task), execution.now(), task));
                reset = true;
            }
        }
        return reset ? execution.decision()
                : Decision.ignored("workflow " + command.workflowId() + " has no task waiting out a callback");
    }
}
