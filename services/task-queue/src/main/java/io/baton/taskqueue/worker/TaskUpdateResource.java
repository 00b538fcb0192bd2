package io.baton.taskqueue.worker;

import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.service.rest.ApiException;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.baton.taskqueue.queue.QueuedTaskStore.QueuedTask;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Conductor's POST /api/tasks: a worker reports a result. It is acknowledged only once the command is on Kafka,
 * so an answered update is never lost; then the task leaves its queue, or goes back on it for a callback.
 */
@Path("/api/tasks")
public class TaskUpdateResource {
    @Inject
    QueuedTaskStore store;

    @Inject
    Commands commands;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "updateTask", summary = "Report a task's result; answers the task id")
    public Uni<String> update(TaskResult result) {
        validate(result);
        return store.find(result.getTaskId()).flatMap(found -> {
            QueuedTask queued = found.orElseThrow(
                    () -> ApiException.notFound("No such task found by id: " + result.getTaskId()));
            if (!queued.workflowId().equals(result.getWorkflowInstanceId())) {
                throw ApiException.badRequest("Task " + result.getTaskId() + " belongs to workflow "
                        + queued.workflowId() + ", not " + result.getWorkflowInstanceId());
            }
            long now = System.currentTimeMillis();
            return commands.send(new ReportTaskResult(UUID.randomUUID().toString(), queued.workflowId(), now, result))
                    .flatMap(sent -> afterReport(queued, result, now));
        }).replaceWith(result.getTaskId());
    }

    private Uni<Void> afterReport(QueuedTask queued, TaskResult result, long now) {
        if (queued.done()) {
            return Uni.createFrom().voidItem();
        }
        if (result.getStatus() != TaskResultStatus.IN_PROGRESS) {
            return store.finish(queued.taskId());
        }
        if (result.getCallbackAfterSeconds() > 0) {
            return store.requeue(queued.taskId(), now + result.getCallbackAfterSeconds() * 1000L);
        }
        return store.extendLease(queued.taskId(), now);
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
