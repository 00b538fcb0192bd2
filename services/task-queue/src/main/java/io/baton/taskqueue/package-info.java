/** This service's part of Baton's OpenAPI document: its title and the tags its resources name. */
@OpenAPIDefinition(
        info = @Info(title = "Baton task-queue", version = "0.1.0",
                description = "Conductor's worker protocol (poll, update, logs) and task queues, served by Baton's task-queue."),
        tags = {
                @Tag(name = "Task", description = "Polling and updating tasks, their logs and their queues")
        })
package io.baton.taskqueue;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
