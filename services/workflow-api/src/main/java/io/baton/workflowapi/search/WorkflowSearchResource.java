package io.baton.workflowapi.search;

import io.baton.model.workflow.Workflow;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Conductor's workflow search on PostgreSQL: {@code /api/workflow/search} and {@code /search-v2}, on the fields
 * workflowId, workflowType, status, correlationId, startTime, updateTime, endTime and version.
 */
@Path("/api/workflow")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowSearchResource {
    private static final String TOP_LEVEL_ONLY = "Only workflows that no other workflow started";

    @Inject
    WorkflowSearch search;

    @GET
    @Path("/search")
    @Operation(operationId = "search", summary = "Search workflows; answers summaries with times as ISO-8601 strings")
    public Uni<SearchResult<WorkflowSummary>> search(@BeanParam SearchParameters parameters,
            @QueryParam("topLevelOnly") @DefaultValue("false") @Parameter(description = TOP_LEVEL_ONLY)
            boolean topLevelOnly) {
        return search.search(parameters, topLevelOnly).map(found -> found.map(WorkflowSummary::of));
    }

    @GET
    @Path("/search-v2")
    @Operation(operationId = "searchV2", summary = "Search workflows; answers the workflows without their tasks")
    public Uni<SearchResult<Workflow>> searchV2(@BeanParam SearchParameters parameters,
            @QueryParam("topLevelOnly") @DefaultValue("false") @Parameter(description = TOP_LEVEL_ONLY)
            boolean topLevelOnly) {
        return search.search(parameters, topLevelOnly);
    }
}
