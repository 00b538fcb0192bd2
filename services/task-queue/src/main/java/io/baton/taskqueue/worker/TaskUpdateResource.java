package io.baton.taskqueue.worker;

import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.task.TaskType;
import io.baton.service.limit.PayloadLimits;
import io.baton.service.limit.PayloadSize;
import io.baton.service.rest.ApiException;
import io.baton.taskqueue.queue.QueueSignals;
import io.baton.taskqueue.queue.QueuedTaskStore.QueuedTask;
import io.baton.taskqueue.queue.QueuedTaskStore;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conductor's POST /api/tasks and /api/tasks/update-v2: a worker reports a result. It is acknowledged only once the
 * command is on Kafka, so an answered update is never lost; then a finished task leaves its queue, and a task still in
 * progress goes back on it, offered again after its callbackAfterSeconds. The result's log lines join the task's log.
 * A task that is on no queue (WAIT, HUMAN) is completed from outside by the same update.
 */
@Tag(name = "Task")
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

    @Inject
    PayloadLimits limits;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "updateTask", summary = "Update a task",
            description = "Reports a worker's result for a task (COMPLETED, FAILED, FAILED_WITH_TERMINAL_ERROR, "
                    + "IN_PROGRESS with callbackAfterSeconds); answers the task id once the result is on Kafka. Its "
                    + "log lines join the task's log.")
    @APIResponse(responseCode = "200", description = "The task id, as text")
    @APIResponse(responseCode = "400", description = "The result is invalid (no task or workflow id, an unknown "
            + "status, a task of another workflow); the message names the field")
    @APIResponse(responseCode = "404", description = "No task with this id")
    public Uni<String> update(TaskResult result) {
        return report(result).replaceWith(result.getTaskId());
    }

    @POST
    @Path("/update-v2")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTaskV2", summary = "Update a task and take the next one",
            description = "Reports a task's result as updateTask does, then takes the next task of the same type for "
                    + "the same worker; 204 when there is none.")
    @APIResponse(responseCode = "200", description = "The next task of the type, taken for the worker")
    @APIResponse(responseCode = "204", description = "The result is recorded and no task was waiting")
    @APIResponse(responseCode = "400", description = "The result is invalid; the message names the field")
    @APIResponse(responseCode = "404", description = "No task with this id")
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
