package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * WAIT: IN_PROGRESS until its {@code duration} (from its start) or its {@code until} has come, then COMPLETED by a
 * timer; without either, until completed from outside (POST /api/tasks). As Conductor, it shows the wait as
 * callbackAfterSeconds (Integer.MAX_VALUE when it waits for an update).
 */
public final class WaitTask implements TaskTypeHandler {
    private static final String DURATION = "duration";
    private static final String UNTIL = "until";

    @Override
    public void start(WorkflowExecution execution, Task task) {
        String duration = text(task, DURATION);
        String until = text(task, UNTIL);
        if (!duration.isBlank() && !until.isBlank()) {
            failTerminally(execution, task, "Both 'duration' and 'until' specified. Please provide only one input");
            return;
        }
        if (!duration.isBlank() && WaitInput.duration(duration).isEmpty()) {
            failTerminally(execution, task, "Not valid duration: " + duration);
            return;
        }
        if (!until.isBlank() && WaitInput.until(until).isEmpty()) {
            failTerminally(execution, task, "Invalid/Unsupported Wait Until format.  Provided: " + until);
            return;
        }
        task.setStartTime(execution.now());
        OptionalLong due = dueAt(task);
        task.setCallbackAfterSeconds(due.isPresent()
                ? Math.max(0, (due.getAsLong() - execution.now()) / 1000) : Integer.MAX_VALUE);
        if (due.isPresent() && due.getAsLong() <= execution.now()) {
            TaskLifecycle.finishNow(execution, task, TaskStatus.COMPLETED);
            return;
        }
        TaskLifecycle.startWaiting(execution, task);
    }

    /** When a started WAIT task is over: its start plus its duration, or its until; empty when it waits for an update. */
    public static OptionalLong dueAt(Task task) {
        Optional<Duration> duration = WaitInput.duration(text(task, DURATION));
        if (duration.isPresent()) {
            return OptionalLong.of(task.getStartTime() + duration.get().toMillis());
        }
        Optional<Instant> until = WaitInput.until(text(task, UNTIL));
        return until.isPresent() ? OptionalLong.of(until.get().toEpochMilli()) : OptionalLong.empty();
    }

    private static String text(Task task, String input) {
        Object value = task.getInputData().get(input);
        return value == null ? "" : value.toString();
    }

    private static void failTerminally(WorkflowExecution execution, Task task, String reason) {
        task.setReasonForIncompletion(reason);
        TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR);
    }
}
