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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * Conductor's /api/event: register, change, list and remove event handlers. Writes answer 200 with no body, as Conductor
 * does, and have the event consumer follow the handlers' topics at once.
 */
@Tag(name = "Event")
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
    @Operation(operationId = "addEventHandler", summary = "Add an event handler",
            description = "Stores a new event handler and starts following its event (a kafka:<topic> handler's topic "
                    + "is consumed at once). Its condition and actions are validated first.")
    @APIResponse(responseCode = "200", description = "Added")
    @APIResponse(responseCode = "400", description = "The handler is invalid (no name, event or action, or a "
            + "condition that does not parse); the message names the problem")
    @APIResponse(responseCode = "409", description = "A handler with this name exists")
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
    @Operation(operationId = "updateEventHandler", summary = "Replace an event handler",
            description = "Replaces the event handler of the same name; other instances follow the change within "
                    + "seconds.")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "The handler is invalid; the message names the problem")
    @APIResponse(responseCode = "404", description = "No event handler with this name")
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
    @Operation(operationId = "getEventHandlers", summary = "List event handlers",
            description = "Every event handler, active or not.")
    @APIResponse(responseCode = "200", description = "The event handlers")
    public Uni<List<EventHandler>> all() {
        return store.all();
    }

    @GET
    @Path("/{event}")
    @Operation(operationId = "getEventHandlersForEvent", summary = "List the handlers of an event",
            description = "The handlers of one event string, e.g. kafka:orders; only the active ones unless "
                    + "activeOnly=false.")
    @APIResponse(responseCode = "200", description = "The handlers of the event")
    @APIResponse(responseCode = "400", description = "A query parameter has the wrong type")
    public Uni<List<EventHandler>> forEvent(@PathParam("event") String event,
                                            @QueryParam("activeOnly") @DefaultValue("true") boolean activeOnly) {
        return store.forEvent(event, activeOnly);
    }

    @DELETE
    @ResponseStatus(200)
    @Path("/{name}")
    @Operation(operationId = "removeEventHandler", summary = "Remove an event handler",
            description = "Removes an event handler by name; its event is no longer followed for it.")
    @APIResponse(responseCode = "200", description = "Removed")
    @APIResponse(responseCode = "404", description = "No event handler with this name")
    public Uni<Void> remove(@PathParam("name") String name) {
        return store.delete(name).invoke(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("EventHandler with name " + name + " not found!");
            }
            events.refresh();
        }).replaceWithVoid();
    }
}
