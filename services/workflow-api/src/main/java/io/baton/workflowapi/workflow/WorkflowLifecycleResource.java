package io.baton.workflowapi.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.baton.model.json.Json;
import io.baton.model.workflow.RerunWorkflowRequest;
import io.baton.model.workflow.SkipTaskRequest;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Conductor's lifecycle operations on one workflow, answered once the command is on Kafka: 200 with no body, or 204
 * where Conductor answers 204 (restart, retry, reset callbacks, kept for its 2.x clients).
 */
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
            summary = "Resume a paused workflow; 409 when it is not PAUSED (Conductor 500)")
    public Uni<Response> resume(@PathParam("workflowId") String workflowId) {
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Resume()));
    }

    @DELETE
    @Operation(operationId = "terminateWorkflow",
            summary = "Terminate a workflow with a reason, canceling its pending tasks; 409 if it completed")
    public Uni<Response> terminate(@PathParam("workflowId") String workflowId, @QueryParam("reason") String reason) {
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Terminate(reason)));
    }

    @POST
    @Path("/restart")
    @Operation(operationId = "restart",
            summary = "Restart an ended workflow from its first task, on the latest definitions if asked; 409 if not ended")
    public Uni<Response> restart(@PathParam("workflowId") String workflowId,
                                 @QueryParam("useLatestDefinitions") @DefaultValue("false") boolean useLatestDefinitions) {
        return noContent(lifecycle.apply(workflowId, new LifecycleRequest.Restart(useLatestDefinitions, null)));
    }

    @POST
    @Path("/retry")
    @Operation(operationId = "retry",
            summary = "Retry an ended workflow from its last failed, timed-out or canceled tasks; 409 if none")
    public Uni<Response> retry(@PathParam("workflowId") String workflowId,
                               @QueryParam("resumeSubworkflowTasks") @DefaultValue("false") boolean resumeSubworkflowTasks) {
        return noContent(lifecycle.apply(workflowId, new LifecycleRequest.Retry(resumeSubworkflowTasks)));
    }

    /** The body is read as text so that a missing one is a 400 naming it, whatever content type came with it. */
    @POST
    @Path("/rerun")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "rerun",
            summary = "Rerun an ended workflow from a task (or its start) with new input if given; answers its id")
    public Uni<String> rerun(@PathParam("workflowId") String workflowId, String body) throws JsonProcessingException {
        RerunWorkflowRequest request = bodyOf(body, RerunWorkflowRequest.class);
        if (request == null) {
            throw ApiException.badRequest("RerunWorkflowRequest cannot be null");
        }
        return lifecycle.apply(workflowId, new LifecycleRequest.Rerun(request)).replaceWith(workflowId);
    }

    /** The body is optional, as in Conductor: read as text, so a skip without one (and without a content type) works. */
    @PUT
    @Path("/skiptask/{taskReferenceName}")
    @Operation(operationId = "skipTaskFromWorkflow",
            summary = "Skip a task of a RUNNING workflow not scheduled yet, with the input and output given")
    public Uni<Response> skipTask(@PathParam("workflowId") String workflowId,
                                  @PathParam("taskReferenceName") String taskReferenceName, String body)
            throws JsonProcessingException {
        SkipTaskRequest request = bodyOf(body, SkipTaskRequest.class);
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Skip(taskReferenceName, request)));
    }

    @DELETE
    @Path("/remove")
    @Operation(operationId = "delete",
            summary = "Remove a workflow and its tasks; with archiveWorkflow (the default) only an ended one")
    public Uni<Response> remove(@PathParam("workflowId") String workflowId,
                                @QueryParam("archiveWorkflow") @DefaultValue("true") boolean archiveWorkflow) {
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Remove(archiveWorkflow)));
    }

    @POST
    @Path("/resetcallbacks")
    @Operation(operationId = "resetWorkflow",
            summary = "Offer the scheduled worker tasks waiting out a retry delay at once; 409 if the workflow ended")
    public Uni<Response> resetCallbacks(@PathParam("workflowId") String workflowId) {
        return noContent(lifecycle.apply(workflowId, new LifecycleRequest.ResetCallbacksRequest()));
    }

    private static <T> T bodyOf(String body, Class<T> type) throws JsonProcessingException {
        return body == null || body.isBlank() ? null : Json.mapper().readValue(body, type);
    }

    private static Uni<Response> noContent(Uni<Void> sent) {
        return sent.map(done -> Response.noContent().build());
    }

    /** Conductor answers these with 200 and an empty body, not 204. */
    private static Uni<Response> acknowledged(Uni<Void> sent) {
        return sent.map(done -> Response.ok().build());
    }
}
