package io.baton.eventhandlers.handler;

import io.baton.eventhandlers.event.KafkaEventSource;
import io.baton.model.event.EventHandler;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * Conductor's /api/event: register, change, list and remove event handlers. Writes answer 200 with no body, as Conductor
 * does, and have the event consumer follow the handlers' topics at once.
 */
@Path("/api/event")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventHandlerResource {
    @Inject
    EventHandlerStore store;
    @Inject
    KafkaEventSource events;

    @POST
    @ResponseStatus(200)
    @Operation(operationId = "addEventHandler", summary = "Add a new event handler; 409 if the name is taken")
    public Uni<Void> add(EventHandler handler) {
        EventHandlerValidator.validate(handler);
        return store.insert(handler).invoke(inserted -> {
            if (!inserted) {
                throw ApiException.conflict("EventHandler with name " + handler.getName() + " already exists!");
            }
            events.refresh();
        }).replaceWithVoid();
    }

    @PUT
    @ResponseStatus(200)
    @Operation(operationId = "updateEventHandler", summary = "Replace an existing event handler; 404 if absent")
    public Uni<Void> update(EventHandler handler) {
        EventHandlerValidator.validate(handler);
        return store.update(handler).invoke(updated -> {
            if (!updated) {
                throw ApiException.notFound("EventHandler with name " + handler.getName() + " not found!");
            }
            events.refresh();
        }).replaceWithVoid();
    }

    @GET
    @Operation(operationId = "getEventHandlers", summary = "All event handlers")
    public Uni<List<EventHandler>> all() {
        return store.all();
    }

    @GET
    @Path("/{event}")
    @Operation(operationId = "getEventHandlersForEvent", summary = "The handlers of one event string, e.g. kafka:orders")
    public Uni<List<EventHandler>> forEvent(@PathParam("event") String event,
                                            @QueryParam("activeOnly") @DefaultValue("true") boolean activeOnly) {
        return store.forEvent(event, activeOnly);
    }

    @DELETE
    @ResponseStatus(200)
    @Path("/{name}")
    @Operation(operationId = "removeEventHandler", summary = "Remove an event handler by name; 404 if absent")
    public Uni<Void> remove(@PathParam("name") String name) {
        return store.delete(name).invoke(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("EventHandler with name " + name + " not found!");
            }
            events.refresh();
        }).replaceWithVoid();
    }
}
