package io.baton.taskqueue.worker;

import io.baton.model.task.Task;
import io.baton.model.task.TaskResult;
import io.baton.model.task.TaskResultStatus;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conductor's POST /api/tasks and /api/tasks/update-v2: a worker reports a result (see {@link TaskReports}). */
@Tag(name = "Task")
@Path("/api/tasks")
public class TaskUpdateResource {
    @Inject
    TaskReports reports;

    @Inject
    TaskClaims claims;

    @Inject
    WorkerGrants grants;

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
    @APIResponse(responseCode = "403", description = "A worker key not granted the task's type")
    @APIResponse(responseCode = "404", description = "No task with this id")
    @APIResponse(responseCode = "409", description = "The decider timed the task out or canceled it before this update")
    @APIResponse(responseCode = "413", description = "The output is larger than baton.limits.task-output-max-size")
    public Uni<String> update(TaskResult result) {
        return checked(result).map(reported -> result.getTaskId());
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
    @APIResponse(responseCode = "403", description = "A worker key not granted the task's type")
    @APIResponse(responseCode = "404", description = "No task with this id")
    @APIResponse(responseCode = "409", description = "The decider timed the task out or canceled it before this update")
    @APIResponse(responseCode = "413", description = "The output is larger than baton.limits.task-output-max-size")
    public Uni<Response> updateAndPoll(TaskResult result) {
        return checked(result).map(TaskReports.Reported::queueName)
                .flatMap(queueName -> queueName.isEmpty() || result.getStatus() == TaskResultStatus.IN_PROGRESS
                        ? Uni.createFrom().item(List.<Task>of())
                        : claims.claim(queueName.get(), result.getWorkerId(), 1, null))
                .map(next -> next.isEmpty() ? Response.noContent().build() : Response.ok(next.getFirst()).build());
    }

    private Uni<TaskReports.Reported> checked(TaskResult result) {
        return grants.checkTask(result == null ? null : result.getTaskId()).flatMap(ok -> reports.report(result));
    }
}
