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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conductor's lifecycle operations on one workflow, answered once the command is on Kafka: 200 with no body, or 204
 * where Conductor answers 204 (restart, retry, reset callbacks, kept for its 2.x clients).
 */
@Tag(name = "Workflow")
@Path("/api/workflow/{workflowId}")
public class WorkflowLifecycleResource {
    @Inject
    WorkflowLifecycle lifecycle;

    @PUT
    @Path("/pause")
    @Operation(operationId = "pauseWorkflow", summary = "Pause a workflow",
            description = "Pauses a workflow: tasks already scheduled may finish, nothing new is scheduled until it "
                    + "is resumed.")
    @APIResponse(responseCode = "200", description = "The pause is on its way, no body")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    @APIResponse(responseCode = "409", description = "The workflow has ended")
    public Uni<Response> pause(@PathParam("workflowId") String workflowId) {
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Pause()));
    }

    @PUT
    @Path("/resume")
    @Operation(operationId = "resumeWorkflow", summary = "Resume a workflow",
            description = "Resumes a paused workflow, scheduling what it would have scheduled meanwhile.")
    @APIResponse(responseCode = "200", description = "The resume is on its way, no body")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    @APIResponse(responseCode = "409", description = "The workflow is not PAUSED (Conductor answers 500)")
    public Uni<Response> resume(@PathParam("workflowId") String workflowId) {
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Resume()));
    }

    @DELETE
    @Operation(operationId = "terminateWorkflow", summary = "Terminate a workflow",
            description = "Terminates a workflow with the reason given, canceling its pending tasks; terminating a "
                    + "TERMINATED one changes nothing.")
    @APIResponse(responseCode = "200", description = "The termination is on its way, no body")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    @APIResponse(responseCode = "409", description = "The workflow has COMPLETED")
    public Uni<Response> terminate(@PathParam("workflowId") String workflowId, @QueryParam("reason") String reason) {
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Terminate(reason)));
    }

    @POST
    @Path("/restart")
    @Operation(operationId = "restart", summary = "Restart a workflow",
            description = "Restarts an ended workflow from its first task with its input, on the latest definitions "
                    + "if useLatestDefinitions.")
    @APIResponse(responseCode = "204", description = "The restart is on its way")
    @APIResponse(responseCode = "404", description = "No workflow with this id, or no latest definition")
    @APIResponse(responseCode = "409", description = "The workflow has not ended, or it COMPLETED and its definition "
            + "is not restartable (Conductor answers 404)")
    public Uni<Response> restart(@PathParam("workflowId") String workflowId,
                                 @QueryParam("useLatestDefinitions") @DefaultValue("false") boolean useLatestDefinitions) {
        return noContent(lifecycle.apply(workflowId, new LifecycleRequest.Restart(useLatestDefinitions, null)));
    }

    @POST
    @Path("/retry")
    @Operation(operationId = "retry", summary = "Retry a workflow",
            description = "Retries an ended workflow from its last failed, timed-out or canceled tasks; with "
                    + "resumeSubworkflowTasks a failed SUB_WORKFLOW's own child is retried.")
    @APIResponse(responseCode = "204", description = "The retry is on its way")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    @APIResponse(responseCode = "409", description = "The workflow is still running (Conductor answers 404), has no "
            + "retryable task or has not started")
    public Uni<Response> retry(@PathParam("workflowId") String workflowId,
                               @QueryParam("resumeSubworkflowTasks") @DefaultValue("false") boolean resumeSubworkflowTasks) {
        return noContent(lifecycle.apply(workflowId, new LifecycleRequest.Retry(resumeSubworkflowTasks)));
    }

    /** The body is read as text so that a missing one is a 400 naming it, whatever content type came with it. */
    @POST
    @Path("/rerun")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "rerun", summary = "Rerun a workflow",
            description = "Reruns an ended workflow from a task (or from its start) with new workflow or task input "
                    + "if given; answers the workflow id.")
    @APIResponse(responseCode = "200", description = "The workflow id, as text; the rerun is on its way")
    @APIResponse(responseCode = "400", description = "The RerunWorkflowRequest is missing, or names a task the "
            + "workflow lacks or one inside a fork branch")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    @APIResponse(responseCode = "409", description = "The workflow has not ended")
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
    @Operation(operationId = "skipTaskFromWorkflow", summary = "Skip a task",
            description = "Marks a task of a RUNNING workflow that is not scheduled yet as skipped, with the input "
                    + "and output given.")
    @APIResponse(responseCode = "200", description = "The skip is on its way, no body")
    @APIResponse(responseCode = "400", description = "The definition has no task with this reference")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    @APIResponse(responseCode = "409", description = "The workflow is not RUNNING or the task was scheduled already "
            + "(Conductor answers 500)")
    public Uni<Response> skipTask(@PathParam("workflowId") String workflowId,
                                  @PathParam("taskReferenceName") String taskReferenceName, String body)
            throws JsonProcessingException {
        SkipTaskRequest request = bodyOf(body, SkipTaskRequest.class);
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Skip(taskReferenceName, request)));
    }

    @DELETE
    @Path("/remove")
    @Operation(operationId = "delete", summary = "Remove a workflow",
            description = "Removes a workflow and its tasks; with archiveWorkflow (the default) only an ended one. "
                    + "Baton keeps no archive.")
    @APIResponse(responseCode = "200", description = "The removal is on its way, no body")
    @APIResponse(responseCode = "400", description = "archiveWorkflow is set and the workflow has not ended")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    public Uni<Response> remove(@PathParam("workflowId") String workflowId,
                                @QueryParam("archiveWorkflow") @DefaultValue("true") boolean archiveWorkflow) {
        return acknowledged(lifecycle.apply(workflowId, new LifecycleRequest.Remove(archiveWorkflow)));
    }

    @POST
    @Path("/resetcallbacks")
    @Operation(operationId = "resetWorkflow", summary = "Reset a workflow's callbacks",
            description = "Offers at once the scheduled worker tasks that are waiting out a retry delay.")
    @APIResponse(responseCode = "204", description = "The reset is on its way")
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    @APIResponse(responseCode = "409", description = "The workflow has ended")
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
