package io.baton.workflowapi.workflow;

import io.baton.workflowapi.bulk.BulkResponse;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conductor's /api/workflow/bulk: a lifecycle request for up to 1000 workflow ids, answered per id. */
@Tag(name = "Workflow Bulk")
@Path("/api/workflow/bulk")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowBulkResource {
    private static final String ANSWERED = "The ids that succeeded and the error of each other";
    private static final String INVALID_LIST = "The list is missing, empty or longer than 1000";

    @Inject
    WorkflowLifecycle lifecycle;

    @PUT
    @Path("/pause")
    @Operation(operationId = "pauseWorkflowsInBulk", summary = "Pause workflows",
            description = "Pauses each listed workflow; answers which succeeded and why each other failed.")
    @APIResponse(responseCode = "200", description = ANSWERED)
    @APIResponse(responseCode = "400", description = INVALID_LIST)
    public Uni<BulkResponse> pause(List<String> workflowIds) {
        return lifecycle.applyAll(workflowIds, new LifecycleRequest.Pause());
    }

    @PUT
    @Path("/resume")
    @Operation(operationId = "resumeWorkflowsInBulk", summary = "Resume workflows",
            description = "Resumes each listed workflow; answers which succeeded and why each other failed.")
    @APIResponse(responseCode = "200", description = ANSWERED)
    @APIResponse(responseCode = "400", description = INVALID_LIST)
    public Uni<BulkResponse> resume(List<String> workflowIds) {
        return lifecycle.applyAll(workflowIds, new LifecycleRequest.Resume());
    }

    @POST
    @Path("/terminate")
    @Operation(operationId = "terminateWorkflowsInBulk", summary = "Terminate workflows",
            description = "Terminates each listed workflow with the reason; answers which succeeded and why each "
                    + "other failed.")
    @APIResponse(responseCode = "200", description = ANSWERED)
    @APIResponse(responseCode = "400", description = INVALID_LIST)
    public Uni<BulkResponse> terminate(@QueryParam("reason") String reason, List<String> workflowIds) {
        return lifecycle.applyAll(workflowIds, new LifecycleRequest.Terminate(reason));
    }

    @POST
    @Path("/restart")
    @Operation(operationId = "restartWorkflowsInBulk", summary = "Restart workflows",
            description = "Restarts each listed workflow, on the latest definitions if useLatestDefinitions; answers "
                    + "which succeeded and why each other failed.")
    @APIResponse(responseCode = "200", description = ANSWERED)
    @APIResponse(responseCode = "400", description = INVALID_LIST)
    public Uni<BulkResponse> restart(@QueryParam("useLatestDefinitions") @DefaultValue("false") boolean useLatestDefinitions,
                                     List<String> workflowIds) {
        return lifecycle.applyAll(workflowIds, new LifecycleRequest.Restart(useLatestDefinitions, null));
    }

    @POST
    @Path("/retry")
    @Operation(operationId = "retryWorkflowsInBulk", summary = "Retry workflows",
            description = "Retries each listed workflow; answers which succeeded and why each other failed.")
    @APIResponse(responseCode = "200", description = ANSWERED)
    @APIResponse(responseCode = "400", description = INVALID_LIST)
    public Uni<BulkResponse> retry(List<String> workflowIds) {
        return lifecycle.applyAll(workflowIds, new LifecycleRequest.Retry(false));
    }
}
