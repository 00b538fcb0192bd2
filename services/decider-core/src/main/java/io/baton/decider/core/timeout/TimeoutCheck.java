package io.baton.decider.core.timeout;

import io.baton.decider.core.task.TaskLifecycle;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.decider.core.workflow.WorkflowOutcome;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskTimeoutPolicy;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;

/**
 * Acts on every deadline of the workflow that has come, as Conductor's decide does on each evaluation: the workflow's
 * timeout first (even while PAUSED), then each pending task's, in DeciderService's order. A task timed out with
 * RETRY (and any response timeout) becomes TIMED_OUT and leaves its queue, and the progression that follows retries
 * it; TIME_OUT_WF ends the workflow TIMED_OUT at once. A deadline that has not come, or no longer applies, does nothing.
 */
public final class TimeoutCheck {
    private TimeoutCheck() {
    }

    public static void apply(WorkflowExecution execution) {
        Workflow workflow = execution.workflow();
        long now = execution.now();
        if (Deadlines.of(workflow).filter(deadline -> deadline.at() <= now).isPresent()) {
            long elapsed = now - Deadlines.timeoutBase(workflow);
            WorkflowOutcome.timeOut(execution, "Workflow timed out after " + elapsed / 1000 + " seconds. Timeout "
                    + "configured as " + workflow.getWorkflowDefinition().getTimeoutSeconds() + " seconds. Timeout "
                    + "policy configured to " + workflow.getWorkflowDefinition().getTimeoutPolicy(), null);
            return;
        }
        for (Task task : List.copyOf(workflow.getTasks())) {
            for (Deadline deadline : Deadlines.of(workflow, task)) {
                if (workflow.getStatus() != WorkflowStatus.RUNNING || task.getStatus().isTerminal()) {
                    break;
                }
                if (deadline.at() <= now) {
                    act(execution, task, deadline);
                }
            }
        }
    }

    private static void act(WorkflowExecution execution, Task task, Deadline deadline) {
        TaskDef def = task.getWorkflowTask().getTaskDefinition();
        long now = execution.now();
        switch (deadline.purpose()) {
            case WAIT_ELAPSED -> TaskLifecycle.finishNow(execution, task, TaskStatus.COMPLETED);
            case RESPONSE_TIMEOUT -> timeOutTask(execution, task, "responseTimeout: " + def.getResponseTimeoutSeconds()
                    + " exceeded for the taskId: " + task.getTaskId() + " with Task Definition: " + task.getTaskDefName());
            case TOTAL_TIMEOUT -> byPolicy(execution, task, "Task " + task.getTaskDefName() + "/" + task.getTaskId()
                    + " exceeded total timeout of " + def.getTotalTimeoutSeconds() + " seconds (elapsed "
                    + (now - Deadlines.firstScheduledTime(execution.workflow(), task)) / 1000
                    + " seconds across all attempts including retry delays). Timeout policy: " + def.getTimeoutPolicy());
            case TASK_TIMEOUT -> byPolicy(execution, task, "Task timed out after "
                    + (now - task.getStartTime() - task.getStartDelayInSeconds() * 1000L) / 1000 + " seconds. Timeout "
                    + "configured as " + def.getTimeoutSeconds() + " seconds. Timeout policy configured to "
                    + def.getTimeoutPolicy());
            case POLL_TIMEOUT -> byPolicy(execution, task, "Task poll timed out after "
                    + (now - task.getScheduledTime() - task.getStartDelayInSeconds() * 1000L) / 1000 + " seconds. Poll "
                    + "timeout configured as " + def.getPollTimeoutSeconds() + " seconds. Timeout policy configured to "
                    + def.getTimeoutPolicy());
            case WORKFLOW_TIMEOUT -> throw new IllegalStateException("a task has no workflow deadline");
        }
    }

    /** ALERT_ONLY timeouts have no deadline (see {@link Deadlines}), so the policy here is RETRY or TIME_OUT_WF. */
    private static void byPolicy(WorkflowExecution execution, Task task, String reason) {
        timeOutTask(execution, task, reason);
        if (task.getWorkflowTask().getTaskDefinition().getTimeoutPolicy() == TaskTimeoutPolicy.TIME_OUT_WF) {
            task.setExecuted(true);
            WorkflowOutcome.timeOut(execution, reason, task);
        }
    }

    private static void timeOutTask(WorkflowExecution execution, Task task, String reason) {
        task.setStatus(TaskStatus.TIMED_OUT);
        task.setReasonForIncompletion(reason);
        task.setEndTime(execution.now());
        execution.taskStatusChanged(task);
        TaskLifecycle.withdrawFromQueue(execution, task);
    }
}
