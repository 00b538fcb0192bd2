package io.baton.taskqueue.completion;

import io.baton.service.rest.ApiException;
import io.baton.service.signal.BlockingTasks;
import io.baton.service.signal.BlockingTasks.Blocked;
import io.baton.service.signal.SignalResponder;
import io.baton.service.signal.SignalResponse.ReturnStrategy;
import io.baton.taskqueue.task.DeciderWorkflows;
import io.baton.taskqueue.worker.TaskReports;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Conductor's POST /api/tasks/{workflowId}/{status}/signal (and /sync): the WAIT task the workflow is blocked on
 * (its own, else one in a running sub-workflow) gets the status and the body over its output. The sync variant then
 * waits until the workflow has ended or is blocked on a WAIT again (one with neither duration nor until), at most
 * {@code timeoutMillis}, and answers per {@code returnStrategy}; when time runs out (the decider has not applied the
 * signal, or the workflow runs on) it answers the workflow as it is, with {@code signalTimeout} true.
 */
@Tag(name = "Task")
@Path("/api/tasks/{workflowId}/{status}/signal")
public class SignalResource {
    @Inject
    DeciderWorkflows workflows;

    @Inject
    TaskReports reports;

    private SignalResponder responder;

    @PostConstruct
    void createResponder() {
        responder = new SignalResponder(workflows::find);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signalWorkflowTaskAsync", description = "Completes (or fails) the WAIT task the "
            + "workflow is blocked on, with the body over its output")
    @APIResponse(responseCode = "200", description = "The signal is handed to the decider, no body")
    @APIResponse(responseCode = "400", description = "The status is not one a task result may have")
    @APIResponse(responseCode = "404", description = "The workflow is blocked on no WAIT task")
    public Uni<Response> signal(@PathParam("workflowId") String workflowId, @PathParam("status") String status,
                                Map<String, Object> output) {
        // Conductor answers 200 with no body.
        return send(workflowId, status, output).replaceWith(Response.ok().build());
    }

    @POST
    @Path("/sync")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signalWorkflowTaskSync", description = "As signalWorkflowTaskAsync, then answers once "
            + "the workflow has ended or waits for a signal again: the workflow, the blocking one or its blocking task "
            + "per returnStrategy (TARGET_WORKFLOW, BLOCKING_WORKFLOW, BLOCKING_TASK, BLOCKING_TASK_INPUT)")
    @APIResponse(responseCode = "200", description = "The workflow or task as returnStrategy asks, once the signal is applied or time runs out")
    @APIResponse(responseCode = "400", description = "The status, returnStrategy or timeoutMillis is invalid")
    @APIResponse(responseCode = "404", description = "The workflow is blocked on no WAIT task")
    public Uni<Response> signalSync(@PathParam("workflowId") String workflowId, @PathParam("status") String status,
                                    @QueryParam("returnStrategy") @DefaultValue("TARGET_WORKFLOW") String returnStrategy,
                                    @QueryParam("timeoutMillis") @DefaultValue("5000") long timeoutMillis,
                                    Map<String, Object> output) {
        ReturnStrategy strategy = SignalResponder.strategy(returnStrategy);
        if (timeoutMillis < 0) {
            throw ApiException.badRequest("timeoutMillis must not be negative: " + timeoutMillis);
        }
        long deadline = System.nanoTime() + Duration.ofMillis(timeoutMillis).toNanos();
        String requestId = UUID.randomUUID().toString();
        return send(workflowId, status, output)
                .flatMap(commandId -> commandId.isPresent()
                        ? workflows.awaitApplied(commandId.get(), Duration.ofMillis(timeoutMillis))
                        : Uni.createFrom().item(true))
                .flatMap(applied -> responder.settled(workflowId, BlockingTasks.WAITING_FOR_A_SIGNAL, strategy,
                        requestId, applied ? deadline : System.nanoTime()))
                .map(answer -> answer == null ? Response.ok().build() : Response.ok(answer).build());
    }

    /** Reports the signal. @return the command sent, empty when the task had ended meanwhile */
    private Uni<Optional<String>> send(String workflowId, String status, Map<String, Object> output) {
        var resultStatus = ExternalResults.status(status);
        return responder.blockingTasks().first(workflowId, BlockingTasks.WAITING).flatMap(waiting -> {
            var task = waiting.map(Blocked::task).orElseThrow(() -> ApiException.notFound(
                    "Found no blocked task in workflow " + workflowId + " to signal"));
            return reports.report(ExternalResults.of(task, resultStatus, output, null))
                    .map(TaskReports.Reported::commandId);
        });
    }
}
