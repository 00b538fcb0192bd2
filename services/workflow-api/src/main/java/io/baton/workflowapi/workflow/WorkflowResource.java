package io.baton.workflowapi.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.baton.model.json.Json;
import io.baton.model.workflow.StartWorkflowRequest;
import io.baton.model.workflow.Workflow;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conductor's /api/workflow: start workflows and read them. */
@Tag(name = "Workflow")
@Path("/api/workflow")
public class WorkflowResource {
    private static final TypeReference<Map<String, Object>> INPUT = new TypeReference<>() {
    };

    @Inject
    WorkflowStarter starter;

    @Inject
    WorkflowExecutions executions;

    @Inject
    WorkflowLookup lookup;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "startWorkflow", summary = "Start a workflow",
            description = "Starts a workflow from a StartWorkflowRequest (name, version, input, correlationId, "
                    + "priority, taskToDomain, idempotencyKey); answers its id once the start is on Kafka, before the "
                    + "decider has run it.")
    @APIResponse(responseCode = "200", description = "The new workflow's id, as text (or the existing one's for a "
            + "repeated idempotencyKey)")
    @APIResponse(responseCode = "400", description = "The request is invalid (no name, a priority outside 0-99, "
            + "malformed JSON); the message names the field")
    @APIResponse(responseCode = "404", description = "No workflow definition with this name and version")
    public Uni<String> start(StartWorkflowRequest request) {
        return starter.start(request);
    }

    /**
     * The body is read as text and parsed here so that a start without a body, which curl sends with no content type,
     * is an empty input rather than a 415; malformed JSON still answers 400.
     */
    @POST
    @Path("/{name}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "startWorkflowByName", summary = "Start a workflow by name",
            description = "Starts a workflow by name with the body as its input (no body means an empty input); "
                    + "answers its id once the start is on Kafka.")
    @APIResponse(responseCode = "200", description = "The new workflow's id, as text")
    @APIResponse(responseCode = "400", description = "The body or a query parameter is malformed; the message names "
            + "the field")
    @APIResponse(responseCode = "404", description = "No workflow definition with this name and version")
    public Uni<String> start(@PathParam("name") String name, @QueryParam("version") Integer version,
                             @QueryParam("correlationId") String correlationId,
                             @QueryParam("priority") @DefaultValue("0") int priority, String body)
            throws JsonProcessingException {
        StartWorkflowRequest request = new StartWorkflowRequest();
        request.setName(name);
        request.setVersion(version);
        request.setCorrelationId(correlationId);
        request.setPriority(priority);
        request.setInput(body == null || body.isBlank() ? null : input(body));
        return starter.start(request);
    }

    private static Map<String, Object> input(String body) throws JsonProcessingException {
        try {
            return Json.mapper().readValue(body, INPUT);
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("Invalid value for input: the body must be a JSON object, not "
                    + e.getOriginalMessage());
        }
    }

    @GET
    @Path("/{workflowId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getExecutionStatus", summary = "Get a workflow",
            description = "A workflow execution with its tasks (unless includeTasks=false). Right after a start it "
                    + "waits briefly for the decider's first state.")
    @APIResponse(responseCode = "200", description = "The workflow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Workflow.class)))
    @APIResponse(responseCode = "404", description = "No workflow with this id")
    public Uni<String> get(@PathParam("workflowId") String workflowId,
                           @QueryParam("includeTasks") @DefaultValue("true") boolean includeTasks) {
        return lookup.findJson(workflowId, includeTasks)
                .onItem().ifNull().failWith(() -> WorkflowLookup.notFound(workflowId));
    }

    @GET
    @Path("/{name}/correlated/{correlationId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWorkflows", summary = "Get workflows by correlation id",
            description = "The workflows of a name with a correlation id, optionally including ended ones and their "
                    + "tasks.")
    @APIResponse(responseCode = "200", description = "The workflows")
    @APIResponse(responseCode = "400", description = "A query parameter has the wrong type")
    public Uni<List<Workflow>> correlated(@PathParam("name") String name, @PathParam("correlationId") String correlationId,
                                          @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed,
                                          @QueryParam("includeTasks") @DefaultValue("false") boolean includeTasks) {
        return executions.correlated(name, correlationId, includeClosed, includeTasks);
    }

    @GET
    @Path("/running/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRunningWorkflow", summary = "List running workflow ids",
            description = "Ids of the running workflows of a name and version (default 1), optionally started between "
                    + "startTime and endTime.")
    @APIResponse(responseCode = "200", description = "The workflow ids")
    @APIResponse(responseCode = "400", description = "A query parameter has the wrong type")
    public Uni<List<String>> running(@PathParam("name") String name,
                                     @QueryParam("version") @DefaultValue("1") int version) {
        return executions.runningIds(name, version);
    }
}
