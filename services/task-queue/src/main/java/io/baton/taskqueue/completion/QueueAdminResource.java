package io.baton.taskqueue.completion;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.model.task.TaskResultStatus;
import io.baton.service.rest.ApiException;
import io.baton.taskqueue.task.DeciderTasks;
import io.baton.taskqueue.worker.TaskReports;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Conductor's QueueAdminResource (/api/queue): completing or failing a workflow's pending task (a WAIT, a HUMAN) by
 * reference name or id. Conductor publishes such an update on its COMPLETED or FAILED status queue and a listener
 * applies it; Baton hands it to the decider at once, so those two queues are always empty. As in Conductor, the task's
 * output gets the body and an {@code externalId} naming the workflow and the task.
 */
@Tag(name = "Task")
@Path("/api/queue")
public class QueueAdminResource {
    /** Conductor's status queues, named as its default (SQS) event queue names them, with Baton's application id. */
    static final Map<String, String> QUEUES = Map.of(
            TaskResultStatus.COMPLETED.name(), "baton_notify_" + TaskResultStatus.COMPLETED.name(),
            TaskResultStatus.FAILED.name(), "baton_notify_" + TaskResultStatus.FAILED.name());

    @Inject
    DeciderTasks tasks;

    @Inject
    TaskReports reports;

    @GET
    @Path("/size")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "queueSize", description = "The number of updates waiting in each status queue: always "
            + "0, since Baton applies each update as it arrives")
    @APIResponse(responseCode = "200", description = "The size of each status queue")
    public Map<String, Long> size() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        QUEUES.values().forEach(name -> sizes.put(name, 0L));
        return sizes;
    }

    @GET
    @Path("/")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "queueNames", description = "The status queues by the status they set")
    @APIResponse(responseCode = "200", description = "The status queues by status")
    public Map<String, String> names() {
        return QUEUES;
    }

    @POST
    @Path("/update/{workflowId}/{taskRefName}/{status}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateByTaskRefName", description = "Completes or fails the workflow's pending task "
            + "with this reference name, with the body in its output")
    @APIResponse(responseCode = "200", description = "The update is handed to the decider, no body")
    @APIResponse(responseCode = "400", description = "The status is neither COMPLETED nor FAILED")
    @APIResponse(responseCode = "404", description = "The workflow has no pending task with this reference name")
    public Uni<Response> updateByReference(@PathParam("workflowId") String workflowId,
                                           @PathParam("taskRefName") String taskRefName,
                                           @PathParam("status") String status, Map<String, Object> output) {
        Map<String, Object> externalId = new LinkedHashMap<>(Map.of("workflowId", workflowId, "taskRefName", taskRefName));
        return update(workflowId, status, output, externalId,
                all -> ExternalResults.pendingByReference(all, taskRefName), "with reference name " + taskRefName);
    }

    @POST
    @Path("/update/{workflowId}/task/{taskId}/{status}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateByTaskId", description = "Completes or fails the workflow's pending task with this "
            + "id, with the body in its output")
    @APIResponse(responseCode = "200", description = "The update is handed to the decider, no body")
    @APIResponse(responseCode = "400", description = "The status is neither COMPLETED nor FAILED")
    @APIResponse(responseCode = "404", description = "The workflow has no pending task with this id")
    public Uni<Response> updateById(@PathParam("workflowId") String workflowId, @PathParam("taskId") String taskId,
                                    @PathParam("status") String status, Map<String, Object> output) {
        Map<String, Object> externalId = new LinkedHashMap<>(Map.of("workflowId", workflowId, "taskId", taskId));
        return update(workflowId, status, output, externalId, all -> all.stream()
                .filter(task -> taskId.equals(task.getTaskId()) && !task.getStatus().isTerminal()).findFirst(),
                "with id " + taskId);
    }

    private Uni<Response> update(String workflowId, String status, Map<String, Object> output,
                                 Map<String, Object> externalId, Function<List<Task>, Optional<Task>> pick,
                                 String which) {
        if (!QUEUES.containsKey(status)) {
            throw ApiException.badRequest("There is no queue for handling " + status + " status");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("externalId", Json.write(externalId));
        if (output != null) {
            payload.putAll(output);
        }
        return tasks.ofWorkflow(workflowId).flatMap(all -> {
            Task pending = pick.apply(all).orElseThrow(() -> ApiException.notFound(
                    "Found no pending task " + which + " in workflow " + workflowId));
            return reports.report(ExternalResults.of(pending, TaskResultStatus.valueOf(status), payload, null));
        }).replaceWith(Response.ok().build());
    }
}
