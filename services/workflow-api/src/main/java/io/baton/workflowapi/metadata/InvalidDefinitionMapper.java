package io.baton.workflowapi.metadata;

import io.baton.model.error.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers a refused definition with Conductor's validation error body: a message plus one entry per problem. */
public class InvalidDefinitionMapper {
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.invalid(e.getMessage(), e.errors())).build();
    }
}
