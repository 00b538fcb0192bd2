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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conductor's workflow search on PostgreSQL: {@code /api/workflow/search} and {@code /search-v2}, on the fields
 * workflowId, workflowType, status, correlationId, startTime, updateTime, endTime and version; and
 * {@code /search-by-tasks} and {@code /search-by-tasks-v2}, whose query is on the fields of tasks.
 */
@Tag(name = "Workflow")
@Path("/api/workflow")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowSearchResource {
    private static final String TOP_LEVEL_ONLY = "Only workflows that no other workflow started";

    @Inject
    WorkflowSearch search;

    @GET
    @Path("/search")
    @Operation(operationId = "search", summary = "Search workflows",
            description = "Searches workflows on PostgreSQL with Conductor's query grammar (=, IN, >, <, AND, OR, "
                    + "parentheses), freeText over ids, input, output and correlation id, sort, start and size; "
                    + "answers summaries with times as ISO-8601 strings and totalHits.")
    @APIResponse(responseCode = "200", description = "One page of workflow summaries and the total number of hits")
    @APIResponse(responseCode = "400", description = SearchParameters.INVALID)
    public Uni<SearchResult<WorkflowSummary>> search(@BeanParam SearchParameters parameters,
            @QueryParam("topLevelOnly") @DefaultValue("false") @Parameter(description = TOP_LEVEL_ONLY)
            boolean topLevelOnly) {
        return search.search(parameters, topLevelOnly).map(found -> found.map(WorkflowSummary::of));
    }

    @GET
    @Path("/search-v2")
    @Operation(operationId = "searchV2", summary = "Search workflows, answering workflows",
            description = "Searches as search does, but answers the workflows themselves, without their tasks.")
    @APIResponse(responseCode = "200", description = "One page of workflows and the total number of hits")
    @APIResponse(responseCode = "400", description = SearchParameters.INVALID)
    public Uni<SearchResult<Workflow>> searchV2(@BeanParam SearchParameters parameters,
            @QueryParam("topLevelOnly") @DefaultValue("false") @Parameter(description = TOP_LEVEL_ONLY)
            boolean topLevelOnly) {
        return search.search(parameters, topLevelOnly);
    }

    @GET
    @Path("/search-by-tasks")
    @Operation(operationId = "searchWorkflowsByTasks", summary = "Search workflows by their tasks",
            description = "Answers summaries of the workflows having a task that matches the query (on task fields) "
                    + "and free text, each workflow once, sorted and counted as workflows.")
    @APIResponse(responseCode = "200", description = "One page of workflow summaries and the total number of hits")
    @APIResponse(responseCode = "400", description = SearchParameters.INVALID)
    public Uni<SearchResult<WorkflowSummary>> searchByTasks(@BeanParam SearchParameters parameters) {
        return search.searchByTasks(parameters).map(found -> found.map(WorkflowSummary::of));
    }

    @GET
    @Path("/search-by-tasks-v2")
    @Operation(operationId = "searchWorkflowsByTasksV2", summary = "Search workflows by their tasks, answering workflows",
            description = "Searches as search-by-tasks does, but answers the workflows themselves, without their tasks.")
    @APIResponse(responseCode = "200", description = "One page of workflows and the total number of hits")
    @APIResponse(responseCode = "400", description = SearchParameters.INVALID)
    public Uni<SearchResult<Workflow>> searchByTasksV2(@BeanParam SearchParameters parameters) {
        return search.searchByTasks(parameters);
    }
}
