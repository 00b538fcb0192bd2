/** This service's part of Baton's OpenAPI document: its title and the tags its resources name. */
@OpenAPIDefinition(
        info = @Info(title = "Baton event-handlers", version = "0.1.0",
                description = "Conductor's event handlers, served by Baton's event-handlers."),
        tags = {
                @Tag(name = "Event", description = "Event handlers: which events start, complete or fail what")
        })
package io.baton.eventhandlers;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
