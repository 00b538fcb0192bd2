/** This service's part of Baton's OpenAPI document: its title and the tags its resources name. */
@OpenAPIDefinition(
        info = @Info(title = "Baton workflow-api", version = "0.1.0",
                description = "Conductor's metadata, workflow, search and health endpoints, served by Baton's workflow-api."),
        tags = {
                @Tag(name = "Metadata", description = "Workflow and task definitions"),
                @Tag(name = "Workflow", description = "Starting, reading, searching and controlling workflow executions"),
                @Tag(name = "Workflow Bulk", description = "Controlling many workflow executions in one request"),
                @Tag(name = "Health", description = "Whether the cluster can serve requests"),
                @Tag(name = "Admin", description = "The server's version and settings"),
                @Tag(name = "Auth", description = "Access keys and the tokens they buy")
        })
package io.baton.workflowapi;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
