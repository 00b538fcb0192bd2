package io.baton.workflowapi.workflow;

import io.baton.model.workflow.Workflow;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Conductor's POST /api/workflow/{name}/correlated: the workflows of a name for each correlation id of a list. */
@Tag(name = "Workflow")
@Path("/api/workflow/{name}/correlated")
public class CorrelatedWorkflowsResource {
    @Inject
    WorkflowExecutions executions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWorkflowsByCorrelationIds", description = "The workflows of a name by correlation id, "
            + "for each id of the body (an empty list for one with none); running ones only unless includeClosed")
    @APIResponse(responseCode = "200", description = "The workflows by correlation id")
    @APIResponse(responseCode = "400", description = "The body is not a list of correlation ids")
    public Uni<Map<String, List<Workflow>>> correlated(@PathParam("name") String name,
                                                       @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed,
                                                       @QueryParam("includeTasks") @DefaultValue("false") boolean includeTasks,
                                                       List<String> correlationIds) {
        if (correlationIds == null || correlationIds.stream().anyMatch(Objects::isNull)) {
            throw ApiException.badRequest("The body must be a list of correlation ids");
        }
        return executions.correlated(name, correlationIds.stream().distinct().toList(), includeClosed, includeTasks);
    }
}
