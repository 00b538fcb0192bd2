package io.baton.workflowapi.workflow;

import io.baton.model.workflow.StartWorkflowRequest;
import io.baton.service.rest.ApiException;
import io.baton.service.signal.BlockingTasks;
import io.baton.service.signal.SignalResponder;
import io.baton.service.signal.SignalResponse.ReturnStrategy;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Conductor's POST /api/workflow/execute/{name}/{version}: starts the workflow, then answers once it has ended, waits
 * for a signal (a WAIT with neither duration nor until, in it or a running sub-workflow) or has ended one of the tasks
 * named in {@code waitUntilTaskRef}, at most {@code waitForSeconds} (10 by default, as 0); per {@code returnStrategy},
 * as a signal's synchronous answer. Version 0 is the latest. {@code consistency} is accepted and changes nothing: a
 * start is durable on Kafka before anything runs.
 */
@Tag(name = "Workflow")
@Path("/api/workflow/execute/{name}/{version}")
public class WorkflowExecuteResource {
    private static final int DEFAULT_WAIT_SECONDS = 10;

    @Inject
    WorkflowStarter starter;

    @Inject
    WorkflowLookup lookup;

    private SignalResponder responder;

    @PostConstruct
    void createResponder() {
        responder = new SignalResponder(workflowId -> lookup.find(workflowId, true).map(Optional::ofNullable));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "executeWorkflow", description = "Starts a workflow and answers once it has ended, waits "
            + "for a signal or has ended a task of waitUntilTaskRef (a comma list), at most waitForSeconds: the "
            + "workflow, the blocking one or the blocking task per returnStrategy")
    @APIResponse(responseCode = "200", description = "The workflow run (or the task, as returnStrategy asks) once it ended, reached a waitUntilTaskRef task or waitForSeconds passed")
    @APIResponse(responseCode = "400", description = "The version, waitForSeconds or returnStrategy is invalid, or "
            + "the request cannot start a workflow")
    @APIResponse(responseCode = "404", description = "No such workflow definition")
    public Uni<Response> execute(@PathParam("name") String name, @PathParam("version") String version,
                                 @QueryParam("requestId") String requestId,
                                 @QueryParam("waitUntilTaskRef") String waitUntilTaskRef,
                                 @QueryParam("waitForSeconds") @DefaultValue("10") int waitForSeconds,
                                 @QueryParam("consistency") @DefaultValue("DURABLE") String consistency,
                                 @QueryParam("returnStrategy") @DefaultValue("TARGET_WORKFLOW") String returnStrategy,
                                 StartWorkflowRequest request) {
        ReturnStrategy strategy = SignalResponder.strategy(returnStrategy);
        if (waitForSeconds < 0) {
            throw ApiException.badRequest("waitForSeconds must not be negative: " + waitForSeconds);
        }
        StartWorkflowRequest start = request == null ? new StartWorkflowRequest() : request;
        start.setName(name);
        start.setVersion(version(version));
        long deadline = System.nanoTime()
                + Duration.ofSeconds(waitForSeconds == 0 ? DEFAULT_WAIT_SECONDS : waitForSeconds).toNanos();
        String answerId = requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId;
        List<String> taskRefs = waitUntilTaskRef == null || waitUntilTaskRef.isBlank() ? List.of()
                : Arrays.stream(waitUntilTaskRef.split(",")).map(String::trim).toList();
        return starter.start(start)
                .flatMap(workflowId -> responder.settled(workflowId, BlockingTasks.settledAt(taskRefs), strategy,
                        answerId, deadline))
                .map(answer -> answer == null ? Response.ok().build() : Response.ok(answer).build());
    }

    /** The {version} path segment: 0 is the latest. */
    private static Integer version(String version) {
        try {
            int parsed = Integer.parseInt(version);
            return parsed == 0 ? null : parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("version must be a number (0 for the latest): " + version);
        }
    }
}
