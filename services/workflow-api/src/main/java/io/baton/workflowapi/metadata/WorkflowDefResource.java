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
import org.jboss.resteasy.reactive.ResponseStatus;

/** Conductor's /api/metadata/workflow: register, change, read and remove versioned workflow definitions. */
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
    @Operation(operationId = "registerWorkflowDef",
            summary = "Register a workflow definition; 409 if that name and version exist, unless overwrite=true")
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
    @Operation(operationId = "updateWorkflowDefs", summary = "Create or replace each workflow definition of the list")
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
    @Operation(operationId = "getWorkflowDef", summary = "One workflow definition; the latest version unless version is given")
    public Uni<WorkflowDef> get(@PathParam("name") String name, @QueryParam("version") Integer version) {
        return store.get(name, version).onItem().ifNull().failWith(() ->
                ApiException.notFound("No such workflow found by name: " + name + ", version: " + version));
    }

    @GET
    @Operation(operationId = "getWorkflowDefs", summary = "Every version of every workflow definition")
    public Uni<List<WorkflowDef>> all() {
        return store.all();
    }

    @GET
    @Path("/latest-versions")
    @Operation(operationId = "getAllWorkflowsWithLatestVersions", summary = "The latest version of each workflow definition")
    public Uni<List<WorkflowDef>> latestVersions() {
        return store.latestVersions();
    }

    @GET
    @Path("/names-and-versions")
    @Operation(operationId = "getWorkflowNamesAndVersions", summary = "Each workflow name with its versions, no bodies")
    public Uni<Map<String, List<WorkflowDefSummary>>> namesAndVersions() {
        return store.summaries().map(summaries -> summaries.stream().collect(
                Collectors.groupingBy(WorkflowDefSummary::name, LinkedHashMap::new, Collectors.toList())));
    }

    @GET
    @Path("/names")
    @Operation(operationId = "getWorkflowNames", summary = "The distinct names of the workflow definitions")
    public Uni<List<String>> names() {
        return store.summaries().map(summaries -> summaries.stream().map(WorkflowDefSummary::name).distinct().toList());
    }

    @GET
    @Path("/{name}/versions")
    @Operation(operationId = "getWorkflowVersions", summary = "The versions of one workflow definition, no bodies; empty if unknown")
    public Uni<List<WorkflowDefSummary>> versions(@PathParam("name") String name) {
        return store.summaries().map(summaries -> summaries.stream().filter(s -> s.name().equals(name)).toList());
    }

    @DELETE
    @Path("/{name}/{version}")
    @ResponseStatus(200)
    @Operation(operationId = "unregisterWorkflowDef", summary = "Remove one version of a workflow definition; 404 if absent")
    public Uni<Void> delete(@PathParam("name") String name, @PathParam("version") int version) {
        return store.delete(name, version).invoke(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("No such workflow definition: " + name + " version: " + version);
            }
        }).replaceWithVoid();
    }
}
