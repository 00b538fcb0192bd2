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

/**
 * Conductor's health endpoints, at {@code /health} and {@code /api/health}, in Conductor's shape, backed by the
 * same checks as {@code /q/health} (PostgreSQL, Kafka). 503 when a check is down, so load balancers see it.
 */
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
    @Operation(operationId = "health", summary = "Whether this Baton cluster can serve requests")
    public Uni<Response> health() {
        return reporter.getHealthAsync().map(health -> {
            boolean healthy = !health.isDown();
            return Response.status(healthy ? 200 : 503)
                    .entity(new HealthCheckStatus(List.of(), List.of(), healthy)).build();
        });
    }

    @GET
    @Path("api/health")
    @Operation(operationId = "apiHealth", summary = "Whether this Baton cluster can serve requests (Conductor's /api path)")
    public Uni<Response> apiHealth() {
        return health();
    }
}
