package io.baton.workflowapi.metadata;

import io.baton.model.workflow.WorkflowDef;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Collections;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Conductor's POST /api/metadata/workflow/validate: the checks of a registration, without registering. */
@Tag(name = "Metadata")
@Path("/api/metadata/workflow/validate")
public class WorkflowDefValidationResource {
    @Inject
    WorkflowDefValidator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(200)
    @Operation(operationId = "validate", description = "Checks a workflow definition as registering it would; "
            + "200 with no body when it is valid")
    @APIResponse(responseCode = "200", description = "The definition is valid, no body")
    @APIResponse(responseCode = "400", description = "The definition is invalid: every problem, with its field")
    public Uni<Void> validate(WorkflowDef definition) {
        return validator.requireValid(Collections.singletonList(definition), false);
    }
}
