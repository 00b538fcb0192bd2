package io.baton.eventhandlers.event;

import io.baton.eventhandlers.event.EventExecution.Status;
import io.baton.eventhandlers.event.EventExecutionStore.Criteria;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What handlers did with messages, one entry per action (or per skipped or failed condition). Conductor OSS records
 * these but serves no endpoint for them; this path sits beside its {@code /api/event} (a literal segment, so it wins
 * over {@code /api/event/{event}}).
 */
@Tag(name = "Event")
@Path("/api/event/executions")
@Produces(MediaType.APPLICATION_JSON)
public class EventExecutionResource {
    private static final int MAX_LIMIT = 1000;

    @Inject
    EventExecutionStore store;

    @GET
    @Operation(operationId = "getEventExecutions",
            summary = "Event executions, newest first, filtered by event, handler name, status and message id",
            description = "Lists what handlers did with messages: one entry per action, or per skipped or failed "
                    + "condition, with its status (COMPLETED, FAILED with the reason, SKIPPED) and the message id.")
    @APIResponse(responseCode = "200", description = "The matching executions, newest first, at most limit of them")
    @APIResponse(responseCode = "400", description = "The status is unknown or the limit is outside 1 to " + MAX_LIMIT)
    public Uni<List<EventExecution>> find(@QueryParam("event") String event, @QueryParam("handler") String handler,
                                          @QueryParam("status") String status, @QueryParam("messageId") String messageId,
                                          @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return store.find(new Criteria(event, handler, status(status), messageId, limit));
    }

    private static Status status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return Status.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw ApiException.badRequest("status must be one of " + Arrays.toString(Status.values()) + ", not " + status);
        }
    }
}
