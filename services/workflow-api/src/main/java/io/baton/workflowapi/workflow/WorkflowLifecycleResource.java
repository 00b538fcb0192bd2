package io.baton.workflowapi.workflow;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Conductor's pause, resume and terminate of one workflow: 200 with no body once the command is on Kafka. */
@Path("/api/workflow/{workflowId}")
public class WorkflowLifecycleResource {
    @Inject
    WorkflowLifecycle lifecycle;

    @PUT
    @Path("/pause")
    @Operation(operationId = "pauseWorkflow",
            summary = "Pause a workflow: tasks already scheduled may finish, nothing new is scheduled; 409 if it ended")
    public Uni<Response> pause(@PathParam("workflowId") String workflowId) {
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Pause()));
    }

    @PUT
    @Path("/resume")
    @Operation(operationId = "resumeWorkflow",
            summary = "Resume a paused workflow; as Conductor, 500 when it is not PAUSED")
    public Uni<Response> resume(@PathParam("workflowId") String workflowId) {
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Resume()));
    }

    @DELETE
    @Operation(operationId = "terminateWorkflow",
            summary = "Terminate a workflow with a reason, canceling its pending tasks; 409 if it completed")
    public Uni<Response> terminate(@PathParam("workflowId") String workflowId, @QueryParam("reason") String reason) {
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Terminate(reason)));
    }

    /** Conductor answers these with 200 and an empty body, not 204. */
    private static Uni<Response> acknowledged(Uni<Void> sent) {
        return sent.map(done -> Response.ok().build());
    }
}
