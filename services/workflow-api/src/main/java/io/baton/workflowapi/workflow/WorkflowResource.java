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

/** Conductor's /api/workflow: start workflows and read them. */
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
    @Operation(operationId = "startWorkflow", summary = "Start a workflow from a StartWorkflowRequest; answers its id")
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
    @Operation(operationId = "startWorkflowByName",
            summary = "Start a workflow by name with the body as input (none means empty); answers its id")
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
    @Operation(operationId = "getExecutionStatus", summary = "A workflow with its tasks (unless includeTasks=false)")
    public Uni<Workflow> get(@PathParam("workflowId") String workflowId,
                             @QueryParam("includeTasks") @DefaultValue("true") boolean includeTasks) {
        return lookup.find(workflowId, includeTasks)
                .onItem().ifNull().failWith(() -> WorkflowLookup.notFound(workflowId));
    }

    @GET
    @Path("/{name}/correlated/{correlationId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWorkflows", summary = "The workflows of a name with a correlation id")
    public Uni<List<Workflow>> correlated(@PathParam("name") String name, @PathParam("correlationId") String correlationId,
                                          @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed,
                                          @QueryParam("includeTasks") @DefaultValue("false") boolean includeTasks) {
        return executions.correlated(name, correlationId, includeClosed, includeTasks);
    }

    @GET
    @Path("/running/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRunningWorkflow", summary = "Ids of the running workflows of a name and version (default 1)")
    public Uni<List<String>> running(@PathParam("name") String name,
                                     @QueryParam("version") @DefaultValue("1") int version) {
        return executions.runningIds(name, version);
    }
}
