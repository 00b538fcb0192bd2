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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a workflow stands: its status summary and its tasks page by page, read from the decider's tables. */
@Tag(name = "Workflow")
@Path("/api/workflow")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionStatusResource {
    @Inject
    WorkflowLookup lookup;

    @Inject
    WorkflowTasks tasks;

    @GET
    @Path("/{workflowId}/status")
    @Operation(operationId = "getWorkflowStatusSummary", summary = "Get a workflow's status",
            description = "A workflow's id, correlation id and status, with its output and variables when asked for.")
    @APIResponse(responseCode = "200", description = "The workflow's status")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    public Uni<WorkflowStatusReport> status(@PathParam("workflowId") String workflowId,
                                            @QueryParam("includeOutput") @DefaultValue("false") boolean includeOutput,
                                            @QueryParam("includeVariables") @DefaultValue("false") boolean includeVariables) {
        return lookup.find(workflowId, false)
                .onItem().ifNull().failWith(() -> WorkflowLookup.notFound(workflowId))
                .map(workflow -> WorkflowStatusReport.of(workflow, includeOutput, includeVariables));
    }

    @GET
    @Path("/{workflowId}/tasks")
    @Operation(operationId = "getExecutionStatusTaskList", summary = "List a workflow's tasks",
            description = "A page of a workflow's tasks in schedule order, optionally only those with the given "
                    + "statuses.")
    @APIResponse(responseCode = "200", description = "One page of tasks")
    @APIResponse(responseCode = "400", description = "start or count is negative")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
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
