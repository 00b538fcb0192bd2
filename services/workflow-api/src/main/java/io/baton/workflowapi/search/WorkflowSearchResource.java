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
 * workflowId, workflowType, status, correlationId, startTime, updateTime, endTime and version; and
 * {@code /search-by-tasks} and {@code /search-by-tasks-v2}, whose query is on the fields of tasks.
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

    @GET
    @Path("/search-by-tasks")
    @Operation(operationId = "searchWorkflowsByTasks", summary = "Search workflows having a task that matches the "
            + "query (on task fields) and free text; sorted on workflow fields; answers summaries")
    public Uni<SearchResult<WorkflowSummary>> searchByTasks(@BeanParam SearchParameters parameters) {
        return search.searchByTasks(parameters).map(found -> found.map(WorkflowSummary::of));
    }

    @GET
    @Path("/search-by-tasks-v2")
    @Operation(operationId = "searchWorkflowsByTasksV2", summary = "Search workflows having a task that matches the "
            + "query (on task fields) and free text; sorted on workflow fields; answers the workflows without tasks")
    public Uni<SearchResult<Workflow>> searchByTasksV2(@BeanParam SearchParameters parameters) {
        return search.searchByTasks(parameters);
    }
}
