package io.baton.workflowapi.health;

import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conductor's health endpoints, at {@code /health} and {@code /api/health}, in Conductor's shape, backed by the
 * same checks as {@code /q/health} (PostgreSQL, Kafka). 503 when a check is down, so load balancers see it.
 */
@Tag(name = "Health")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    /** Conductor's HealthCheckStatus body. */
    public record HealthCheckStatus(List<Object> healthResults, List<Object> suppressedHealthResults, boolean healthy) {
    }

    @Inject
    SmallRyeHealthReporter reporter;

    @GET
    @Path("health")
    @Operation(operationId = "health", summary = "Check health",
            description = "Whether this Baton cluster can serve requests, in Conductor's HealthCheckStatus shape, "
                    + "from the same checks as /q/health (PostgreSQL, Kafka).")
    @APIResponse(responseCode = "200", description = "Every check is up: healthy is true")
    @APIResponse(responseCode = "503", description = "A check is down: healthy is false",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HealthCheckStatus.class)))
    public Uni<Response> health() {
        return reporter.getHealthAsync().map(health -> {
            boolean healthy = !health.isDown();
            return Response.status(healthy ? 200 : 503)
                    .entity(new HealthCheckStatus(List.of(), List.of(), healthy)).build();
        });
    }

    @GET
    @Path("api/health")
    @Operation(operationId = "apiHealth", summary = "Check health (under /api)",
            description = "The same as /health, at Conductor's /api path.")
    @APIResponse(responseCode = "200", description = "Every check is up: healthy is true")
    @APIResponse(responseCode = "503", description = "A check is down: healthy is false",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HealthCheckStatus.class)))
    public Uni<Response> apiHealth() {
        return health();
    }
}
