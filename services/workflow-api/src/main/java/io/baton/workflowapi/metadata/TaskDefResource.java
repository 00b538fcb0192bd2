package io.baton.workflowapi.metadata;

import io.baton.model.task.TaskDef;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * Conductor's /api/metadata/taskdefs: register, change, read and remove task definitions. Writes answer 200 with no
 * body, as Conductor does (not JAX-RS's 204).
 */
@Tag(name = "Metadata")
@Path("/api/metadata/taskdefs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskDefResource {
    private final Clock clock = Clock.systemUTC();

    @Inject
    TaskDefStore store;

    @POST
    @ResponseStatus(200)
    @Operation(operationId = "registerTaskDef", summary = "Create or update task definitions",
            description = "Creates or replaces each task definition of the list, after validating them all.")
    @APIResponse(responseCode = "200", description = "Created or replaced")
    @APIResponse(responseCode = "400", description = "The list is empty or a definition is invalid; validationErrors "
            + "lists each field at fault")
    public Uni<Void> register(List<TaskDef> taskDefs) {
        if (taskDefs == null || taskDefs.isEmpty()) {
            throw ApiException.badRequest("TaskDefList cannot be empty or null");
        }
        Violations violations = new Violations();
        for (int i = 0; i < taskDefs.size(); i++) {
            TaskDefValidator.check(taskDefs.get(i), "[" + i + "]", violations);
        }
        violations.throwIfAny();
        return store.register(taskDefs, clock.millis());
    }

    @PUT
    @ResponseStatus(200)
    @Operation(operationId = "updateTaskDef", summary = "Update a task definition",
            description = "Replaces an existing task definition; workflows started afterwards use it.")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "The definition is invalid; validationErrors lists each field at "
            + "fault")
    @APIResponse(responseCode = "404", description = "No task definition with this name")
    public Uni<Void> update(TaskDef taskDef) {
        Violations violations = new Violations();
        TaskDefValidator.check(taskDef, "", violations);
        violations.throwIfAny();
        return store.update(taskDef, clock.millis()).invoke(updated -> {
            if (!updated) {
                throw ApiException.notFound("No such task by name " + taskDef.getName());
            }
        }).replaceWithVoid();
    }

    @GET
    @Operation(operationId = "getTaskDefs", summary = "List task definitions",
            description = "All task definitions.")
    @APIResponse(responseCode = "200", description = "The definitions")
    public Uni<List<TaskDef>> all() {
        return store.all();
    }

    @GET
    @Path("/{tasktype}")
    @Operation(operationId = "getTaskDef", summary = "Get a task definition",
            description = "One task definition by name.")
    @APIResponse(responseCode = "200", description = "The definition")
    @APIResponse(responseCode = "404", description = "No task definition with this name")
    public Uni<TaskDef> get(@PathParam("tasktype") String taskType) {
        return store.get(taskType).onItem().ifNull()
                .failWith(() -> ApiException.notFound("No such taskType found by name: " + taskType));
    }

    @DELETE
    @Path("/{tasktype}")
    @ResponseStatus(200)
    @Operation(operationId = "unregisterTaskDef", summary = "Remove a task definition",
            description = "Removes a task definition by name; running workflows keep the snapshot they started with.")
    @APIResponse(responseCode = "200", description = "Removed")
    @APIResponse(responseCode = "404", description = "No task definition with this name")
    public Uni<Void> delete(@PathParam("tasktype") String taskType) {
        return store.delete(taskType).invoke(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("No such task definition: " + taskType);
            }
        }).replaceWithVoid();
    }
}
