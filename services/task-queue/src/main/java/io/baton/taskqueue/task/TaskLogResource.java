package io.baton.taskqueue.task;

import io.baton.model.task.TaskExecLog;
import io.baton.service.rest.ApiException;
import io.baton.taskqueue.worker.WorkerGrants;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conductor's task log: a worker adds lines as it goes, anyone reads them back. As Conductor 3.32.3 does, the body
 * is taken as the line verbatim whatever its content type, a line for a task id is kept without checking the task,
 * and a task without lines answers 204.
 */
@Tag(name = "Task")
@Path("/api/tasks/{taskId}/log")
public class TaskLogResource {
    @Inject
    TaskLogStore logs;

    @Inject
    WorkerGrants grants;

    @POST
    @Operation(operationId = "log", summary = "Add a line to a task's log",
            description = "Appends the request body, as text, to the task's log with the current time.")
    @APIResponse(responseCode = "200", description = "Added")
    @APIResponse(responseCode = "400", description = "The log line (the body) is missing")
    @APIResponse(responseCode = "403", description = "A worker key not granted the task's type")
    public Uni<Response> log(@PathParam("taskId") String taskId, String line) {
        if (line == null || line.isEmpty()) {
            throw ApiException.badRequest("The log line (the request body) is required");
        }
        TaskExecLog log = new TaskExecLog();
        log.setLog(line);
        log.setCreatedTime(System.currentTimeMillis());
        return grants.checkTask(taskId).flatMap(ok -> logs.append(taskId, List.of(log))).replaceWith(Response.ok().build());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTaskLogs", summary = "Read a task's log",
            description = "The task's log lines, oldest first; 204 with no body when it has none.")
    @APIResponse(responseCode = "200", description = "The log lines")
    @APIResponse(responseCode = "204", description = "The task has no log line")
    @APIResponse(responseCode = "400", description = "The task id is missing")
    public Uni<Response> logs(@PathParam("taskId") String taskId) {
        return logs.list(taskId)
                .map(found -> found.isEmpty() ? Response.noContent().build() : Response.ok(found).build());
    }
}
