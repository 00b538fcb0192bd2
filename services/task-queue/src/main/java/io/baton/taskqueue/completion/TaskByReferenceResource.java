package io.baton.taskqueue.completion;

import io.baton.model.task.Task;
import io.baton.model.task.TaskResult;
import io.baton.model.workflow.Workflow;
import io.baton.service.rest.ApiException;
import io.baton.taskqueue.task.DeciderTasks;
import io.baton.taskqueue.task.DeciderWorkflows;
import io.baton.taskqueue.worker.TaskReports;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Conductor's POST /api/tasks/{workflowId}/{taskRefName}/{status} (and /sync): the workflow's pending task with that
 * reference name (or, failing that, the one of a loop iteration, {@code ref__2}) gets the status and the body over its
 * output, through the same report as a worker's update. The sync variant answers the workflow once the decider has
 * applied the result.
 */
@Tag(name = "Task")
@Path("/api/tasks/{workflowId}/{taskRefName}/{status}")
public class TaskByReferenceResource {
    /** How long the sync variant waits for the decider before answering the workflow as it is (Conductor's signal's). */
    static final Duration APPLIED_WAIT = Duration.ofSeconds(5);

    @Inject
    DeciderTasks tasks;

    @Inject
    DeciderWorkflows workflows;

    @Inject
    TaskReports reports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "updateTaskByRefName", description = "Gives the workflow's pending task with this "
            + "reference name the status, with the body over its output; answers the task id")
    @APIResponse(responseCode = "200", description = "The task id, as text, once the result is on Kafka")
    @APIResponse(responseCode = "400", description = "The status is not one a task result may have")
    @APIResponse(responseCode = "404", description = "The workflow has no pending task with this reference name")
    public Uni<String> update(@PathParam("workflowId") String workflowId, @PathParam("taskRefName") String taskRefName,
                              @PathParam("status") String status, @QueryParam("workerid") String workerId,
                              Map<String, Object> output) {
        return report(workflowId, taskRefName, status, workerId, output).map(reported -> reported.result().getTaskId());
    }

    @POST
    @Path("/sync")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTaskByRefNameSync", description = "As updateTaskByRefName, then answers the "
            + "workflow with its tasks once the decider has applied the result")
    @APIResponse(responseCode = "200", description = "The workflow, once the decider has applied the result")
    @APIResponse(responseCode = "400", description = "The status is not one a task result may have")
    @APIResponse(responseCode = "404", description = "The workflow has no pending task with this reference name")
    public Uni<Workflow> updateSync(@PathParam("workflowId") String workflowId,
                                    @PathParam("taskRefName") String taskRefName, @PathParam("status") String status,
                                    @QueryParam("workerid") String workerId, Map<String, Object> output) {
        return report(workflowId, taskRefName, status, workerId, output)
                .call(reported -> reported.commandId().isPresent()
                        ? workflows.awaitApplied(reported.commandId().get(), APPLIED_WAIT)
                        : Uni.createFrom().item(true))
                .flatMap(reported -> workflows.find(workflowId))
                .map(found -> found.orElseThrow(() -> ApiException.notFound("No such workflow found by id: " + workflowId)));
    }

    private record Sent(TaskResult result, Optional<String> commandId) {
    }

    private Uni<Sent> report(String workflowId, String taskRefName, String status, String workerId,
                             Map<String, Object> output) {
        var resultStatus = ExternalResults.status(status);
        return tasks.ofWorkflow(workflowId).flatMap(all -> {
            Task pending = ExternalResults.pendingByReference(all, taskRefName).orElseThrow(() -> ApiException.notFound(
                    "Found no running task " + taskRefName + " of workflow " + workflowId + " to update"));
            TaskResult result = ExternalResults.of(pending, resultStatus, output, workerId);
            return reports.report(result).map(reported -> new Sent(result, reported.commandId()));
        });
    }
}
