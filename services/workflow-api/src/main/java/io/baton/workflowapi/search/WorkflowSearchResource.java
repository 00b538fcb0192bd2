package io.baton.workflowapi.search;

import io.baton.model.workflow.Workflow;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conductor's workflow search on PostgreSQL: {@code /api/workflow/search} and {@code /search-v2}. */
@Tag(name = "Workflow")
@Path("/api/workflow")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowSearchResource {
    private static final String INVALID = "The query, sort or paging cannot be understood; the message says at "
            + "which character";
    private static final String QUERY = "Conditions on workflowId, workflowType, status, correlationId, startTime, "
            + "updateTime, endTime, version with =, IN (a,b), > and <, joined by AND / OR with parentheses, "
            + "e.g. workflowType IN (a,b) AND status IN (RUNNING) AND startTime > 1700000000000";
    private static final String FREE_TEXT = "Text to find in the workflow id, correlation id, input or output; * for all";
    private static final String SORT = "field:ASC|DESC, several separated by |";

    @Inject
    WorkflowSearch search;

    @GET
    @Path("/search")
    @Operation(operationId = "search", summary = "Search workflows",
            description = "Searches workflows on PostgreSQL with Conductor's query grammar (=, IN, >, <, AND, OR, "
                    + "parentheses), freeText over input, output and correlation id, sort, start and size; answers "
                    + "summaries with times as ISO-8601 strings and totalHits.")
    @APIResponse(responseCode = "200", description = "One page of workflow summaries and the total number of hits")
    @APIResponse(responseCode = "400", description = INVALID)
    public Uni<SearchResult<WorkflowSummary>> search(
            @QueryParam("start") @DefaultValue("0") int start, @QueryParam("size") @DefaultValue("100") int size,
            @QueryParam("sort") @Parameter(description = SORT) String sort,
            @QueryParam("freeText") @DefaultValue("*") @Parameter(description = FREE_TEXT) String freeText,
            @QueryParam("query") @Parameter(description = QUERY) String query,
            @QueryParam("topLevelOnly") @DefaultValue("false") boolean topLevelOnly) {
        return search.search(start, size, sort, freeText, query, topLevelOnly)
                .map(found -> found.map(WorkflowSummary::of));
    }

    @GET
    @Path("/search-v2")
    @Operation(operationId = "searchV2", summary = "Search workflows, answering workflows",
            description = "Searches as search does, but answers the workflows themselves, without their tasks.")
    @APIResponse(responseCode = "200", description = "One page of workflows and the total number of hits")
    @APIResponse(responseCode = "400", description = INVALID)
    public Uni<SearchResult<Workflow>> searchV2(
            @QueryParam("start") @DefaultValue("0") int start, @QueryParam("size") @DefaultValue("100") int size,
            @QueryParam("sort") @Parameter(description = SORT) String sort,
            @QueryParam("freeText") @DefaultValue("*") @Parameter(description = FREE_TEXT) String freeText,
            @QueryParam("query") @Parameter(description = QUERY) String query,
            @QueryParam("topLevelOnly") @DefaultValue("false") boolean topLevelOnly) {
        return search.search(start, size, sort, freeText, query, topLevelOnly);
    }
}
