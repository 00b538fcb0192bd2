package io.baton.workflowapi.throughput;

import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Baton's workflow throughput for the UI's metrics page; Conductor has no such endpoint. */
@Tag(name = "Workflow")
@Path("/api/metrics/workflows")
@Produces(MediaType.APPLICATION_JSON)
public class ThroughputResource {
    private static final int MAX_MINUTES = 24 * 60;

    @Inject
    WorkflowThroughput throughput;

    @GET
    @Operation(operationId = "workflowThroughput", summary = "Workflows started, completed and failed per minute (Baton)",
            description = "For each workflow type and each minute of the last `minutes` (the current one included) "
                    + "in which one started or ended: minute (epoch milliseconds of its start), started, completed "
                    + "and failed (FAILED, TIMED_OUT or TERMINATED), ordered by type then minute. Minutes with "
                    + "nothing are left out.")
    @APIResponse(responseCode = "200", description = "Counts per workflow type and minute")
    @APIResponse(responseCode = "400", description = "minutes is outside 1 to " + MAX_MINUTES)
    public Uni<List<MinuteCount>> perMinute(@QueryParam("minutes") @DefaultValue("60") int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw ApiException.badRequest("minutes must be between 1 and " + MAX_MINUTES + ", not " + minutes);
        }
        return throughput.lastMinutes(minutes);
    }
}
