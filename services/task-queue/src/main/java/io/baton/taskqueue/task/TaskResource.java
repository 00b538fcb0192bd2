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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conductor's GET /api/tasks/{taskId}: the task as the decider last wrote it. */
@Tag(name = "Task")
@Path("/api/tasks")
public class TaskResource {
    @Inject
    DeciderTasks tasks;

    @GET
    @Path("/{taskId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTask", summary = "Get a task",
            description = "A task by its id, as the decider last wrote it.")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "404", description = "No task with this id")
    public Uni<Task> get(@PathParam("taskId") String taskId) {
        return tasks.find(taskId)
                .map(found -> found.orElseThrow(() -> ApiException.notFound("Task not found for taskId: " + taskId)));
    }
}
