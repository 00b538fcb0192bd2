package io.baton.taskqueue.worker;

import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.service.rest.ApiException;
import io.baton.taskqueue.queue.QueueSignals;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.baton.taskqueue.queue.QueuedTaskStore.QueuedTask;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Conductor's POST /api/tasks and /api/tasks/update-v2: a worker reports a result. It is acknowledged only once the
 * command is on Kafka, so an answered update is never lost; then a finished task leaves its queue, and a task still in
 * progress goes back on it, offered again after its callbackAfterSeconds. The result's log lines join the task's log.
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
    TaskHandout handout;

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
        return report(result).flatMap(queued -> result.getStatus() == TaskResultStatus.IN_PROGRESS
                ? Uni.createFrom().item(List.<Task>of())
                : handout.take(queued.queueName(), result.getWorkerId(), 1))
                .map(next -> next.isEmpty() ? Response.noContent().build() : Response.ok(next.getFirst()).build());
    }

    /** Hands the result to the decider, then updates the queue; the task's row as it was before the report. */
    private Uni<QueuedTask> report(TaskResult result) {
        validate(result);
        return store.find(result.getTaskId()).flatMap(found -> {
            QueuedTask queued = found.orElseThrow(
                    () -> ApiException.notFound("No such task found by id: " + result.getTaskId()));
            if (!queued.workflowId().equals(result.getWorkflowInstanceId())) {
                throw ApiException.badRequest("Task " + result.getTaskId() + " belongs to workflow "
                        + queued.workflowId() + ", not " + result.getWorkflowInstanceId());
            }
            if (queued.done()) {
                // Conductor answers a repeated update of a finished task as a success and changes nothing.
                return Uni.createFrom().item(queued);
            }
            long now = System.currentTimeMillis();
            return commands.send(new ReportTaskResult(UUID.randomUUID().toString(), queued.workflowId(), now, result))
                    .flatMap(sent -> logs.append(queued.taskId(), result.getLogs()))
                    .flatMap(logged -> afterReport(queued, result, now))
                    .replaceWith(queued);
        });
    }

    /** What the report does to the queue, as in Conductor's updateTask. */
    private Uni<Void> afterReport(QueuedTask queued, TaskResult result, long now) {
        if (result.isExtendLease()) {
            return store.extendLease(queued.taskId(), now);
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
