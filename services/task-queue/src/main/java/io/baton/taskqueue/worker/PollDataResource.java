package io.baton.taskqueue.worker;

import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conductor's poll data: which workers poll which queues, and when they last did. */
@Tag(name = "Task")
@Path("/api/tasks/queue/polldata")
@Produces(MediaType.APPLICATION_JSON)
public class PollDataResource {
    @Inject
    PollDataStore pollData;

    @GET
    @Operation(operationId = "getPollData", summary = "Get the poll data of a task type",
            description = "The last poll of each worker and domain of a task type.")
    @APIResponse(responseCode = "200", description = "The poll data")
    @APIResponse(responseCode = "400", description = "taskType is missing")
    public Uni<List<PollData>> of(@QueryParam("taskType") String taskType) {
        if (taskType == null || taskType.isBlank()) {
            throw ApiException.badRequest("TaskType cannot be null or empty.");
        }
        return pollData.of(taskType);
    }

    @GET
    @Path("/all")
    @Operation(operationId = "getAllPollData", summary = "Get all poll data",
            description = "The last poll of each worker and domain of every task type.")
    @APIResponse(responseCode = "200", description = "The poll data")
    public Uni<List<PollData>> all() {
        return pollData.all();
    }
}
