package io.baton.service.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.baton.model.error.ApiError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to Conductor's error body, once for all resources of a service. */
public class ApiErrorMappers {
    private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class);
    /** About as long as a restarted PostgreSQL or Kafka takes to take requests again. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return respond(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return respond(400, "Malformed JSON: " + e.getOriginalMessage());
    }

    /** Well-formed JSON with a value of the wrong type or an unknown enum constant, naming the field. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        return respond(400, "Invalid value" + (field.isEmpty() ? "" : " for " + field) + ": " + e.getOriginalMessage());
    }

    /** A request that passed the payload limits but still does not fit in a Kafka record. */
    @ServerExceptionMapper
    public Response recordTooLarge(RecordTooLargeException e) {
        return respond(413, "Request Entity Too Large: " + e.getMessage());
    }

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        return respond(400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ResourceInfo resource, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched);
        }
        if (cause instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        // A path or query parameter that does not convert to its type: JAX-RS says 404, the request is at fault.
        if (status == 404 && cause != null && resource != null && resource.getResourceMethod() != null) {
            List<String> unreadable = UnreadableParameters.of(resource.getResourceMethod(), uri);
            if (!unreadable.isEmpty()) {
                return respond(400, "Invalid value for " + String.join(", ", unreadable));
            }
        }
        String message = e.getMessage() == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : e.getMessage();
        return respond(status, message);
    }

    /** PostgreSQL or Kafka out of reach is a 503 with Retry-After: the client tries again; anything else is a bug. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        Optional<String> unavailable = BackendUnavailable.describe(e);
        if (unavailable.isPresent()) {
            LOG.warnf("Answering 503: %s", unavailable.get());
            return Response.fromResponse(respond(503, "Service unavailable, retry later: " + unavailable.get()))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected failure", e);
        return respond(500, "Internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    public static Response respond(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(status, message)).build();
    }
}
