package io.baton.taskqueue.worker;

import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskType;
import io.baton.service.rest.ApiException;
import io.baton.taskqueue.queue.QueueSignals;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.baton.taskqueue.queue.QueuedTaskStore.QueuedTask;
import io.baton.taskqueue.task.DeciderTasks;
import io.baton.taskqueue.task.TaskLogStore;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Conductor's POST /api/tasks and /api/tasks/update-v2: a worker reports a result. It is acknowledged only once the
 * command is on Kafka, so an answered update is never lost; then a finished task leaves its queue, and a task still in
 * progress goes back on it, offered again after its callbackAfterSeconds. The result's log lines join the task's log.
 * A task that is on no queue (WAIT, HUMAN) is completed from outside by the same update.
 */
@Path("/api/tasks")
public class TaskUpdateResource {
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
    TaskClaims claims;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "updateTask", summary = "Report a task's result; answers the task id")
    public Uni<String> update(TaskResult result) {
        return report(result).replaceWith(result.getTaskId());
    }

    @POST
    @Path("/update-v2")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTaskV2", summary = "Report a task's result, then take the next task of its type "
            + "for the same worker: 204 when the task goes on, or when no other is ready")
    public Uni<Response> updateAndPoll(TaskResult result) {
        return report(result).flatMap(queueName -> queueName.isEmpty() || result.getStatus() == TaskResultStatus.IN_PROGRESS
                ? Uni.createFrom().item(List.<Task>of())
                : claims.claim(queueName.get(), result.getWorkerId(), 1, null))
                .map(next -> next.isEmpty() ? Response.noContent().build() : Response.ok(next.getFirst()).build());
    }

    /**
     * Hands the result to the decider, then updates the queue. @return the queue the task is on, empty for a task on
     * none (WAIT, HUMAN)
     */
    private Uni<Optional<String>> report(TaskResult result) {
        validate(result);
        return store.find(result.getTaskId()).flatMap(found -> found.isPresent()
                ? reportQueued(found.get(), result).replaceWith(Optional.of(found.get().queueName()))
                : reportUnqueued(result).replaceWith(Optional.<String>empty()));
    }

    private Uni<Void> reportQueued(QueuedTask queued, TaskResult result) {
        checkWorkflow(result, queued.workflowId());
        if (queued.withdrawn()) {
            // Its response timeout struck (a new attempt may be running) or the workflow canceled it: the result
            // comes too late to count, and the worker should know.
            throw ApiException.conflict("Task " + queued.taskId() + " is no longer held by a worker: it timed out or "
                    + "was canceled before this update");
        }
        if (queued.done()) {
            // Conductor answers a repeated update of a finished task as a success and changes nothing.
            return Uni.createFrom().voidItem();
        }
        long now = System.currentTimeMillis();
        return report(result, now).flatMap(reported -> afterReport(queued, result, now));
    }

    /**
     * A task that is never on a queue (WAIT, HUMAN) is completed from outside by the same update, found in the
     * decider's table. A worker task not yet on its queue is not: its dispatch would offer it after its result.
     */
    private Uni<Void> reportUnqueued(TaskResult result) {
        return deciderTasks.find(result.getTaskId()).flatMap(found -> {
            Task task = found.filter(t -> t.getWorkflowTask() != null && !TaskType.isQueued(t.getWorkflowTask().getType()))
                    .orElseThrow(() -> ApiException.notFound("No such task found by id: " + result.getTaskId()));
            checkWorkflow(result, task.getWorkflowInstanceId());
            if (task.getStatus().isTerminal()) {
                return Uni.createFrom().voidItem();
            }
            return report(result, System.currentTimeMillis());
        });
    }

    /** Hands the result to the decider, acknowledged by Kafka, and keeps its log lines. */
    private Uni<Void> report(TaskResult result, long now) {
        return commands.send(new ReportTaskResult(UUID.randomUUID().toString(), result.getWorkflowInstanceId(), now, result))
                .flatMap(sent -> logs.append(result.getTaskId(), result.getLogs()));
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

    private static void validate(TaskResult result) {
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
    }
}
