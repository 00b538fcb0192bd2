package io.baton.decider.core.timeout;

import io.baton.decider.core.task.WaitTask;
import io.baton.model.messaging.TimerPurpose;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskTimeoutPolicy;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTimeoutPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When Conductor's timeouts strike, read from the state alone (DeciderService's checkWorkflowTimeout,
 * checkTotalTimeout, checkTaskTimeout, checkTaskPollTimeout, isResponseTimedOut), and when a WAIT ends. The same
 * deadlines set the timers and, when a timer fires, say what is due: one rule for both. A timeout whose policy is
 * ALERT_ONLY has no deadline, since Conductor only counts it in a metric.
 */
public final class Deadlines {
    private Deadlines() {
    }

    /** The workflow's timeoutSeconds, from its creation or its last resume; only while it runs or is paused. */
    public static Optional<Deadline> of(Workflow workflow) {
        WorkflowDef def = workflow.getWorkflowDefinition();
        WorkflowStatus status = workflow.getStatus();
        if (def == null || def.getTimeoutSeconds() <= 0 || def.getTimeoutPolicy() != WorkflowTimeoutPolicy.TIME_OUT_WF
                || (status != WorkflowStatus.RUNNING && status != WorkflowStatus.PAUSED)) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(TimerPurpose.WORKFLOW_TIMEOUT, null,
                timeoutBase(workflow) + def.getTimeoutSeconds() * 1000L));
    }

    /** When the workflow's timeoutSeconds count from: its last resume, else its creation. */
    static long timeoutBase(Workflow workflow) {
        return workflow.getLastRetriedTime() > 0 ? workflow.getLastRetriedTime() : workflow.getCreateTime();
    }

    /** A pending task's deadlines, in the order Conductor checks them; none once it has ended. */
    public static List<Deadline> of(Workflow workflow, Task task) {
        List<Deadline> deadlines = new ArrayList<>();
        if (task.getStatus().isTerminal() || task.getWorkflowTask() == null) {
            return deadlines;
        }
        TaskDef def = task.getWorkflowTask().getTaskDefinition();
        if (def != null && def.getTimeoutPolicy() != TaskTimeoutPolicy.ALERT_ONLY) {
            if (def.getTotalTimeoutSeconds() > 0) {
                add(deadlines, TimerPurpose.TOTAL_TIMEOUT, task,
                        firstScheduledTime(workflow, task) + def.getTotalTimeoutSeconds() * 1000L);
            }
            if (def.getTimeoutSeconds() > 0 && task.getStartTime() > 0) {
                add(deadlines, TimerPurpose.TASK_TIMEOUT, task,
                        task.getStartTime() + (task.getStartDelayInSeconds() + def.getTimeoutSeconds()) * 1000L);
            }
            if (def.getPollTimeoutSeconds() != null && def.getPollTimeoutSeconds() > 0
                    && task.getStatus() == TaskStatus.SCHEDULED) {
                // Counted from when the task is offered: after its start delay, which for a retry is the retry delay.
                add(deadlines, TimerPurpose.POLL_TIMEOUT, task, task.getScheduledTime() + (Math.max(
                        task.getStartDelayInSeconds(), task.getCallbackAfterSeconds()) + def.getPollTimeoutSeconds()) * 1000L);
            }
        }
        // Whatever the policy; only for tasks a worker holds, as Conductor skips system tasks that complete on their own.
        if (def != null && def.getResponseTimeoutSeconds() > 0 && task.getStatus() == TaskStatus.IN_PROGRESS
                && TaskType.isQueued(task.getWorkflowTask().getType())) {
            add(deadlines, TimerPurpose.RESPONSE_TIMEOUT, task,
                    task.getUpdateTime() + (def.getResponseTimeoutSeconds() + task.getCallbackAfterSeconds()) * 1000L);
        }
        if (TaskType.WAIT.equals(task.getWorkflowTask().getType()) && task.getStatus() == TaskStatus.IN_PROGRESS) {
            OptionalLong due = WaitTask.dueAt(task);
            due.ifPresent(at -> add(deadlines, TimerPurpose.WAIT_ELAPSED, task, at));
        }
        return deadlines;
    }

    /** When the first attempt of the task was scheduled: totalTimeoutSeconds spans every attempt and retry delay. */
    public static long firstScheduledTime(Workflow workflow, Task task) {
        Task first = task;
        while (first.getRetriedTaskId() != null) {
            String previous = first.getRetriedTaskId();
            Optional<Task> earlier = workflow.getTasks().stream().filter(t -> previous.equals(t.getTaskId())).findFirst();
            if (earlier.isEmpty()) {
                break;
            }
            first = earlier.get();
        }
        return first.getScheduledTime();
    }

    private static void add(List<Deadline> deadlines, TimerPurpose purpose, Task task, long at) {
        deadlines.add(new Deadline(purpose, task.getTaskId(), at));
    }
}
