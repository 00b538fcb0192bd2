package io.baton.workflowapi.workflow;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conductor's PUT /api/workflow/decide/{workflowId}: ask the decider to evaluate a workflow again. */
@Tag(name = "Workflow")
@Path("/api/workflow/decide/{workflowId}")
public class WorkflowDecideResource {
    @Inject
    WorkflowLifecycle lifecycle;

    @PUT
    @Operation(operationId = "decide", summary = "Evaluate a workflow again",
            description = "Asks the decider to evaluate a workflow again; 200 with no body once the request is on "
                    + "Kafka.")
    @APIResponse(responseCode = "200", description = "The evaluation is on its way, no body")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    public Uni<Response> decide(@PathParam("workflowId") String workflowId) {
        return lifecycle.apply(workflowId, new LifecycleRequest.Decide()).map(sent -> Response.ok().build());
    }
}
