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

/** Conductor's POST /api/tasks and /api/tasks/update-v2: a worker reports a result (see {@link TaskReports}). */
@Path("/api/tasks")
public class TaskUpdateResource {
    @Inject
    TaskReports reports;

    @Inject
    TaskClaims claims;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "updateTask", summary = "Report a task's result; answers the task id")
    public Uni<String> update(TaskResult result) {
        return reports.report(result).replaceWith(result.getTaskId());
    }

    @POST
    @Path("/update-v2")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTaskV2", summary = "Report a task's result, then take the next task of its type "
            + "for the same worker: 204 when the task goes on, or when no other is ready")
    public Uni<Response> updateAndPoll(TaskResult result) {
        return reports.report(result).map(TaskReports.Reported::queueName)
                .flatMap(queueName -> queueName.isEmpty() || result.getStatus() == TaskResultStatus.IN_PROGRESS
                        ? Uni.createFrom().item(List.<Task>of())
                        : claims.claim(queueName.get(), result.getWorkerId(), 1, null))
                .map(next -> next.isEmpty() ? Response.noContent().build() : Response.ok(next.getFirst()).build());
    }
}
