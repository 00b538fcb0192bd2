package io.baton.workflowapi.workflow;

import io.baton.model.task.Task;
import io.baton.service.rest.ApiException;
import io.baton.workflowapi.search.SearchResult;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where a workflow stands: its status summary and its tasks page by page, read from the decider's tables. */
@Path("/api/workflow")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionStatusResource {
    @Inject
    WorkflowLookup lookup;

    @Inject
    WorkflowTasks tasks;

    @GET
    @Path("/{workflowId}/status")
    @Operation(operationId = "getWorkflowStatusSummary",
            summary = "A workflow's id, correlation id and status, with its output and variables when asked for")
    public Uni<WorkflowStatusReport> status(@PathParam("workflowId") String workflowId,
                                            @QueryParam("includeOutput") @DefaultValue("false") boolean includeOutput,
                                            @QueryParam("includeVariables") @DefaultValue("false") boolean includeVariables) {
        return lookup.find(workflowId, false)
                .onItem().ifNull().failWith(() -> WorkflowLookup.notFound(workflowId))
                .map(workflow -> WorkflowStatusReport.of(workflow, includeOutput, includeVariables));
    }

    @GET
    @Path("/{workflowId}/tasks")
    @Operation(operationId = "getExecutionStatusTaskList",
            summary = "A page of a workflow's tasks in schedule order, optionally only those with the given statuses")
    public Uni<SearchResult<Task>> tasks(@PathParam("workflowId") String workflowId,
                                         @QueryParam("start") @DefaultValue("0") int start,
                                         @QueryParam("count") @DefaultValue("15") int count,
                                         @QueryParam("status") List<String> statuses) {
        if (start < 0 || count < 0) {
            throw ApiException.badRequest("start and count must not be negative, were " + start + " and " + count);
        }
        return tasks.page(workflowId, statuses, start, count)
                .onItem().ifNull().failWith(() -> WorkflowLookup.notFound(workflowId));
    }
}
