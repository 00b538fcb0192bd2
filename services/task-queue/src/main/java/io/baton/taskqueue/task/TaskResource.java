package io.baton.taskqueue.task;

import io.baton.model.task.Task;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Conductor's GET /api/tasks/{taskId}: the task as the decider last wrote it. */
@Path("/api/tasks")
public class TaskResource {
    @Inject
    DeciderTasks tasks;

    @GET
    @Path("/{taskId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTask", summary = "A task by its id")
    public Uni<Task> get(@PathParam("taskId") String taskId) {
        return tasks.find(taskId)
                .map(found -> found.orElseThrow(() -> ApiException.notFound("Task not found for taskId: " + taskId)));
    }
}
