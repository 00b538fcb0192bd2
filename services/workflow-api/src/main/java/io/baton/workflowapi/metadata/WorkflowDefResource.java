package io.baton.workflowapi.metadata;

import io.baton.model.workflow.WorkflowDef;
import io.baton.service.rest.ApiException;
import io.baton.workflowapi.bulk.BulkResponse;
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
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Conductor's /api/metadata/workflow: register, change, read and remove versioned workflow definitions. */
@Tag(name = "Metadata")
@Path("/api/metadata/workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkflowDefResource {
    private final Clock clock = Clock.systemUTC();

    @Inject
    WorkflowDefStore store;

    @Inject
    WorkflowDefValidator validator;

    @POST
    @ResponseStatus(200)
    @Operation(operationId = "registerWorkflowDef", summary = "Register a workflow definition",
            description = "Registers a workflow definition after validating it as Conductor does; an existing name "
                    + "and version is replaced only with overwrite=true.")
    @APIResponse(responseCode = "200", description = "Registered")
    @APIResponse(responseCode = "400", description = "The definition is invalid; validationErrors lists each field at "
            + "fault")
    @APIResponse(responseCode = "409", description = "A definition with this name and version exists and overwrite is "
            + "false")
    public Uni<Void> register(WorkflowDef def, @QueryParam("overwrite") @DefaultValue("false") boolean overwrite) {
        return validator.requireValid(Collections.singletonList(def), false).flatMap(valid -> overwrite
                ? store.createOrReplace(List.of(def), clock.millis())
                : store.create(def, clock.millis()).invoke(created -> {
                    if (!created) {
                        throw ApiException.conflict("Workflow with " + def.getName() + "." + def.getVersion()
                                + " already exists!");
                    }
                }).replaceWithVoid());
    }

    @PUT
    @Operation(operationId = "updateWorkflowDefs", summary = "Create or update workflow definitions",
            description = "Creates or replaces each workflow definition of the list, after validating them all.")
    @APIResponse(responseCode = "200", description = "Created or replaced")
    @APIResponse(responseCode = "400", description = "The list is empty or a definition is invalid; validationErrors "
            + "lists each field at fault")
    public Uni<BulkResponse> update(List<WorkflowDef> defs) {
        if (defs == null || defs.isEmpty()) {
            throw ApiException.badRequest("WorkflowDef list name cannot be null or empty");
        }
        return validator.requireValid(defs, true)
                .flatMap(valid -> store.createOrReplace(defs, clock.millis()))
                .map(done -> BulkResponse.succeeded(defs.stream().map(WorkflowDef::getName).toList()));
    }

    @GET
    @Path("/{name}")
    @Operation(operationId = "getWorkflowDef", summary = "Get a workflow definition",
            description = "One workflow definition by name: the latest version unless version is given.")
    @APIResponse(responseCode = "200", description = "The definition")
    @APIResponse(responseCode = "400", description = "version is not a number")
    @APIResponse(responseCode = "404", description = "No definition with this name (and version)")
    public Uni<WorkflowDef> get(@PathParam("name") String name, @QueryParam("version") Integer version) {
        return store.get(name, version).onItem().ifNull().failWith(() ->
                ApiException.notFound("No such workflow found by name: " + name + ", version: " + version));
    }

    @GET
    @Operation(operationId = "getWorkflowDefs", summary = "List workflow definitions",
            description = "Every version of every workflow definition.")
    @APIResponse(responseCode = "200", description = "The definitions")
    public Uni<List<WorkflowDef>> all() {
        return store.all();
    }

    @GET
    @Path("/latest-versions")
    @Operation(operationId = "getAllWorkflowsWithLatestVersions", summary = "List the latest workflow definitions",
            description = "The latest version of each workflow definition.")
    @APIResponse(responseCode = "200", description = "The latest definitions")
    public Uni<List<WorkflowDef>> latestVersions() {
        return store.latestVersions();
    }

    @GET
    @Path("/names-and-versions")
    @Operation(operationId = "getWorkflowNamesAndVersions", summary = "List workflow names and versions",
            description = "Each workflow name with its versions (version, create and update times), without the "
                    + "definitions' bodies.")
    @APIResponse(responseCode = "200", description = "Each name with its versions")
    public Uni<Map<String, List<WorkflowDefSummary>>> namesAndVersions() {
        return store.summaries().map(summaries -> summaries.stream().collect(
                Collectors.groupingBy(WorkflowDefSummary::name, LinkedHashMap::new, Collectors.toList())));
    }

    @GET
    @Path("/names")
    @Operation(operationId = "getWorkflowNames", summary = "List workflow names",
            description = "The distinct names of the workflow definitions.")
    @APIResponse(responseCode = "200", description = "The names")
    public Uni<List<String>> names() {
        return store.summaries().map(summaries -> summaries.stream().map(WorkflowDefSummary::name).distinct().toList());
    }

    @GET
    @Path("/{name}/versions")
    @Operation(operationId = "getWorkflowVersions", summary = "List a workflow's versions",
            description = "The versions of one workflow definition, without their bodies; an empty list for an "
                    + "unknown name.")
    @APIResponse(responseCode = "200", description = "The versions")
    public Uni<List<WorkflowDefSummary>> versions(@PathParam("name") String name) {
        return store.summaries().map(summaries -> summaries.stream().filter(s -> s.name().equals(name)).toList());
    }

    @DELETE
    @Path("/{name}/{version}")
    @ResponseStatus(200)
    @Operation(operationId = "unregisterWorkflowDef", summary = "Remove a workflow definition version",
            description = "Removes one version of a workflow definition; running workflows keep the snapshot they "
                    + "started with.")
    @APIResponse(responseCode = "200", description = "Removed")
    @APIResponse(responseCode = "400", description = "version is not a number")
    @APIResponse(responseCode = "404", description = "No definition with this name and version")
    public Uni<Void> delete(@PathParam("name") String name, @PathParam("version") int version) {
        return store.delete(name, version).invoke(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("No such workflow definition: " + name + " version: " + version);
            }
        }).replaceWithVoid();
    }
}
