package io.baton.eventhandlers.event;

import io.baton.model.workflow.StartWorkflowRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** workflow-api's start endpoint, at {@code baton.workflow-api.url}; called from the event consumer's own thread. */
@RegisterRestClient(configKey = "workflow-api")
@RegisterClientHeaders(ServiceToken.class)
@Path("/api/workflow")
public interface WorkflowApi {
    /** @return the workflow id; the same id again for a request with the same name and idempotency key */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    String start(StartWorkflowRequest request);
}
