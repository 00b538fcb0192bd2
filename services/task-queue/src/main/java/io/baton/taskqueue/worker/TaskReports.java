package io.baton.taskqueue.worker;

import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.service.limit.PayloadLimits;
import io.baton.service.limit.PayloadSize;
import io.baton.service.rest.ApiException;
import io.baton.service.rest.RunToEnd;
import io.baton.taskqueue.queue.QueueSignals;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.baton.taskqueue.queue.QueuedTaskStore.QueuedTask;
import io.baton.taskqueue.task.DeciderTasks;
import io.baton.taskqueue.task.TaskLogStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * A task's result handed to the decider, whoever reports it (a worker, an update by reference name, a signal). It is
 * acknowledged only once the command is on Kafka, so an answered update is never lost; then a finished task leaves its
 * queue, and a task still in progress goes back on it, offered again after its callbackAfterSeconds. The result's log
 * lines join the task's log. A task that is on no queue (WAIT, HUMAN) is completed from outside by the same report.
 */
@ApplicationScoped
public class TaskReports {
    @Inject
    QueuedTaskStore store;

    @Inject
    QueueSignals signals;

    @Inject
    Commands commands;

    @Inject
    TaskLogStore logs;

    @Inject
    DeciderTasks deciderTasks;

    @Inject
    PayloadLimits limits;

    /**
     * What a report did.
     *
     * @param queueName the queue the task is on, empty for a task on none (WAIT, HUMAN)
     * @param commandId the ReportTaskResult sent to the decider, empty when the task had already ended
     */
    public record Reported(Optional<String> queueName, Optional<String> commandId) {
    }

    public Uni<Reported> report(TaskResult result) {
        validate(result);
        return store.find(result.getTaskId()).flatMap(found -> found.isPresent()
                ? reportQueued(found.get(), result).map(sent -> new Reported(Optional.of(found.get().queueName()), sent))
                : reportUnqueued(result).map(sent -> new Reported(Optional.empty(), sent)));
    }

    private Uni<Optional<String>> reportQueued(QueuedTask queued, TaskResult result) {
        checkWorkflow(result, queued.workflowId());
        if (queued.withdrawn()) {
            throw noLongerHeld(queued.taskId());
        }
        if (queued.done()) {
            // Conductor answers a repeated update of a finished task as a success and changes nothing.
            return Uni.createFrom().item(Optional.empty());
        }
        long now = System.currentTimeMillis();
        // Sent but not yet finished or requeued, a task would be held by nobody.
        return RunToEnd.run(() -> send(result, now).call(sent -> afterReport(queued, result, now)));
    }

    /**
     * A task that is never on a queue (WAIT, HUMAN) is completed from outside by the same update, found in the
     * decider's table. A worker task not yet on its queue is not: its dispatch would offer it after its result. A
     * worker task whose queue row was pruned after it ended ({@link io.baton.taskqueue.queue.FinishedTaskRetention})
     * is answered as its row would have answered.
     */
    private Uni<Optional<String>> reportUnqueued(TaskResult result) {
        return deciderTasks.find(result.getTaskId()).flatMap(found -> {
            Task task = found.filter(t -> t.getWorkflowTask() != null)
                    .orElseThrow(() -> noSuchTask(result.getTaskId()));
            boolean queuedType = TaskType.isQueued(task.getWorkflowTask().getType());
            if (queuedType && !task.getStatus().isTerminal()) {
                throw noSuchTask(result.getTaskId());
            }
            checkWorkflow(result, task.getWorkflowInstanceId());
            if (queuedType && (task.getStatus() == TaskStatus.TIMED_OUT || task.getStatus() == TaskStatus.CANCELED)) {
                throw noLongerHeld(task.getTaskId());
            }
            if (task.getStatus().isTerminal()) {
                return Uni.createFrom().item(Optional.<String>empty());
            }
            return send(result, System.currentTimeMillis());
        });
    }

    private static ApiException noSuchTask(String taskId) {
        return ApiException.notFound("No such task found by id: " + taskId);
    }

    /**
     * Its response timeout struck (a new attempt may be running) or the workflow canceled it: the result comes too late
     * to count, and the worker should know.
     */
    private static ApiException noLongerHeld(String taskId) {
        return ApiException.conflict("Task " + taskId + " is no longer held by a worker: it timed out or was canceled "
                + "before this update");
    }

    /** Hands the result to the decider, acknowledged by Kafka, and keeps its log lines. @return the command's id */
    private Uni<Optional<String>> send(TaskResult result, long now) {
        String commandId = UUID.randomUUID().toString();
        return commands.send(new ReportTaskResult(commandId, result.getWorkflowInstanceId(), now, result))
                .flatMap(sent -> logs.append(result.getTaskId(), result.getLogs()))
                .replaceWith(Optional.of(commandId));
    }

    private static void checkWorkflow(TaskResult result, String workflowId) {
        if (!workflowId.equals(result.getWorkflowInstanceId())) {
            throw ApiException.badRequest("Task " + result.getTaskId() + " belongs to workflow " + workflowId
                    + ", not " + result.getWorkflowInstanceId());
        }
    }

    /** What the report does to the queue, as in Conductor's updateTask. */
    private Uni<Void> afterReport(QueuedTask queued, TaskResult result, long now) {
        if (result.isExtendLease()) {
            // Only the decider's clock matters: the update restarts its response timeout; the queue keeps the task.
            return Uni.createFrom().voidItem();
        }
        if (result.getStatus() != TaskResultStatus.IN_PROGRESS) {
            return store.finish(queued.taskId());
        }
        long callbackMs = Math.max(result.getCallbackAfterSeconds(), 0) * 1000L;
        return store.requeue(queued.taskId(), now + callbackMs, result.getOutputData())
                .invoke(() -> {
                    if (callbackMs == 0) {
                        signals.taskArrived(queued.queueName());
                    }
                });
    }

    private void validate(TaskResult result) {
        if (result == null) {
            throw ApiException.badRequest("TaskResult body is required");
        }
        if (result.getTaskId() == null || result.getTaskId().isBlank()) {
            throw ApiException.badRequest("taskId: Task ID cannot be null or empty");
        }
        if (result.getWorkflowInstanceId() == null || result.getWorkflowInstanceId().isBlank()) {
            throw ApiException.badRequest("workflowInstanceId: Workflow Id cannot be null or empty");
        }
        if (result.getStatus() == null) {
            throw ApiException.badRequest("status: must be one of IN_PROGRESS, FAILED, FAILED_WITH_TERMINAL_ERROR, COMPLETED, CANCELED");
        }
        // Refused rather than failing the task as Conductor does: the worker hears why, the workflow is untouched.
        PayloadSize.requireWithin(result.getOutputData(), limits.taskOutputMaxSize(), "output",
                "baton.limits.task-output-max-size");
    }
}
