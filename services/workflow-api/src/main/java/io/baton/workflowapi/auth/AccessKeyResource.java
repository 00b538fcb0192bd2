package io.baton.workflowapi.auth;

import io.baton.service.auth.Role;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin API for access keys: create one (its secret answered once), list them without secrets, revoke one. */
@Tag(name = "Auth")
@Path("/api/auth/keys")
public class AccessKeyResource {
    @Inject
    AccessKeyStore keys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccessKey", summary = "Create an access key",
            description = "Creates a key with a role (worker, operator or admin) and, for a worker, the task types it "
                    + "may poll and update. The answer holds the key's secret: it is shown only this once.")
    @APIResponse(responseCode = "200", description = "The new key's id and secret")
    @APIResponse(responseCode = "400", description = "The role is missing or unknown, or a worker names no task type")
    public Uni<CreatedAccessKey> create(AccessKeyRequest request) {
        Role role = request == null || request.role() == null ? null : Role.fromClaim(request.role());
        if (role == null) {
            throw ApiException.badRequest("role must be one of worker, operator, admin");
        }
        List<String> taskTypes = request.taskTypes() == null ? List.of() : List.copyOf(request.taskTypes());
        if (role == Role.WORKER && taskTypes.isEmpty()) {
            throw ApiException.badRequest("taskTypes: a worker key needs at least one task type");
        }
        if (role != Role.WORKER && !taskTypes.isEmpty()) {
            throw ApiException.badRequest("taskTypes: only a worker key is granted task types");
        }
        return keys.create(role, taskTypes, System.currentTimeMillis());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAccessKeys", summary = "List access keys",
            description = "Every key with its role, task types and revocation time; never a secret.")
    @APIResponse(responseCode = "200", description = "The keys, oldest first")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    public Uni<List<AccessKey>> list() {
        return keys.all();
    }

    @DELETE
    @Path("/{keyId}")
    @Operation(operationId = "revokeAccessKey", summary = "Revoke an access key",
            description = "The key mints no new token from now on; tokens it already has expire with their lifetime.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No valid key has this id")
    public Uni<Response> revoke(@PathParam("keyId") String keyId) {
        return keys.revoke(keyId, System.currentTimeMillis()).map(revoked -> {
            if (!revoked) {
                throw ApiException.notFound("No valid access key with id " + keyId);
            }
            return Response.noContent().build();
        });
    }
}
