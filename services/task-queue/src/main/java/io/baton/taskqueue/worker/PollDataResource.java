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

/** Conductor's poll data: which workers poll which queues, and when they last did. */
@Path("/api/tasks/queue/polldata")
@Produces(MediaType.APPLICATION_JSON)
public class PollDataResource {
    @Inject
    PollDataStore pollData;

    @GET
    @Operation(operationId = "getPollData", summary = "The last poll of each worker and domain of a task type")
    public Uni<List<PollData>> of(@QueryParam("taskType") String taskType) {
        if (taskType == null || taskType.isBlank()) {
            throw ApiException.badRequest("TaskType cannot be null or empty.");
        }
        return pollData.of(taskType);
    }

    @GET
    @Path("/all")
    @Operation(operationId = "getAllPollData", summary = "The last poll of each worker and domain of every task type")
    public Uni<List<PollData>> all() {
        return pollData.all();
    }
}
