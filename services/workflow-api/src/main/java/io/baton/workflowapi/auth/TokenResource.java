package io.baton.workflowapi.auth;

import io.baton.service.auth.AuthSettings;
import io.baton.service.auth.Role;
import io.baton.service.auth.TokenIssuer;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The official SDKs' key id/secret exchange: a valid key's id and secret buy a short-lived JWT, sent from then on in
 * X-Authorization. The bootstrap admin key from the environment is checked first, so the first admin can get in.
 */
@Tag(name = "Auth")
@Path("/api/token")
public class TokenResource {
    @Inject
    AuthSettings settings;

    @Inject
    AccessKeyStore keys;

    @Inject
    TokenIssuer issuer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "generateToken", summary = "Get a token for an access key",
            description = "Exchanges an access key's id and secret for a JWT valid baton.auth.token-lifetime; the "
                    + "clients send it in the X-Authorization header. A revoked key gets none. 404 while "
                    + "authentication is off, which the official SDKs take as 'no authentication'.")
    @APIResponse(responseCode = "200", description = "The token, in the field token")
    @APIResponse(responseCode = "400", description = "keyId or keySecret is missing")
    @APIResponse(responseCode = "401", description = "No valid key has this id and secret")
    @APIResponse(responseCode = "404", description = "Authentication is off")
    public Uni<TokenResponse> generate(TokenRequest request) {
        if (!settings.enabled()) {
            throw ApiException.notFound("Authentication is off (baton.auth.enabled=false): no token is needed");
        }
        if (request == null || blank(request.keyId()) || blank(request.keySecret())) {
            throw ApiException.badRequest("keyId and keySecret are required");
        }
        Uni<Optional<AccessKeyStore.Grant>> grant = isBootstrap(request)
                ? Uni.createFrom().item(Optional.of(new AccessKeyStore.Grant(Role.ADMIN, List.of())))
                : keys.check(request.keyId(), request.keySecret());
        return grant.map(found -> found.map(g -> new TokenResponse(issuer.issue(request.keyId(), g.role(), g.taskTypes())))
                .orElseThrow(() -> new ApiException(401, "Unknown or revoked key, or wrong secret, for key id "
                        + request.keyId())));
    }

    private boolean isBootstrap(TokenRequest request) {
        return settings.bootstrapKeyId().filter(request.keyId()::equals).isPresent()
                && settings.bootstrapKeySecret().map(secret -> MessageDigest.isEqual(
                        secret.getBytes(StandardCharsets.UTF_8), request.keySecret().getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
