package io.baton.taskqueue.worker;

import io.baton.model.messaging.TaskDispatch;
import io.baton.model.task.Task;
import io.baton.service.rest.ApiException;
import io.baton.taskqueue.metrics.PollTimer;
import io.baton.taskqueue.queue.QueueSignals;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conductor's poll endpoints: a poll claims tasks ({@link TaskClaims}), waiting up to its timeout for one to arrive. */
@Tag(name = "Task")
@Path("/api/tasks/poll")
@Produces(MediaType.APPLICATION_JSON)
public class PollResource {
    /** Conductor refuses a batch poll that would wait longer than five seconds. */
    static final int MAX_WAIT_MS = 5_000;

    @Inject
    QueueSignals signals;

    @Inject
    TaskClaims claims;

    @Inject
    PollDataStore pollData;

    @Inject
    PollTimer timer;

    @GET
    @Path("/{tasktype}")
    @Operation(operationId = "poll", summary = "Poll for a task",
            description = "Takes one task of a type for the worker (in a domain when one is given): 200 with the "
                    + "task, or 204 when there is none. Recorded as poll data.")
    @APIResponse(responseCode = "200", description = "The task taken")
    @APIResponse(responseCode = "204", description = "No task was waiting")
    @APIResponse(responseCode = "400", description = "A query parameter has the wrong type")
    public Uni<Response> poll(@PathParam("tasktype") String taskType, @QueryParam("workerid") String workerId,
                              @QueryParam("domain") String domain) {
        return timer.timed(taskType, recordPoll(taskType, domain, workerId)
                        .flatMap(recorded -> take(TaskDispatch.queueName(taskType, domain), workerId, 1)))
                .map(tasks -> tasks.isEmpty() ? Response.noContent().build() : Response.ok(tasks.getFirst()).build());
    }

    @GET
    @Path("/batch/{tasktype}")
    @Operation(operationId = "batchPoll", summary = "Poll for tasks in a batch",
            description = "Takes up to count tasks of a type, waiting up to timeout ms (at most 5000) for one to "
                    + "arrive, woken as soon as one does; an empty list when none came. Recorded as poll data.")
    @APIResponse(responseCode = "200", description = "The tasks taken, possibly none")
    @APIResponse(responseCode = "400", description = "timeout is above 5000 ms, or a query parameter has the wrong "
            + "type")
    public Uni<List<Task>> batchPoll(@PathParam("tasktype") String taskType, @QueryParam("workerid") String workerId,
                                     @QueryParam("domain") String domain,
                                     @QueryParam("count") @DefaultValue("1") int count,
                                     @QueryParam("timeout") @DefaultValue("100") int timeoutMs) {
        if (timeoutMs > MAX_WAIT_MS) {
            throw ApiException.badRequest("Long Poll Timeout value cannot be more than 5 seconds");
        }
        if (count < 1) {
            return Uni.createFrom().item(List.of());
        }
        long deadline = System.currentTimeMillis() + Math.max(timeoutMs, 0);
        return timer.timed(taskType, recordPoll(taskType, domain, workerId)
                .flatMap(recorded -> takeOrWait(TaskDispatch.queueName(taskType, domain), workerId, count, deadline)));
    }

    /** Once per poll, however long it waits and whatever it takes, as Conductor records its poll data. */
    private Uni<Void> recordPoll(String taskType, String domain, String workerId) {
        return pollData.record(taskType, domain == null || domain.isBlank() ? null : domain, workerId,
                System.currentTimeMillis());
    }

    private Uni<List<Task>> takeOrWait(String queueName, String workerId, int count, long deadline) {
        // Listen before looking, so a task stored between the look and the wait still wakes this poll.
        long remaining = deadline - System.currentTimeMillis();
        Uni<Void> arrival = signals.nextArrival(queueName, Duration.ofMillis(Math.max(remaining, 1)));
        return take(queueName, workerId, count).flatMap(tasks -> {
            if (!tasks.isEmpty() || System.currentTimeMillis() >= deadline || signals.draining()) {
                return Uni.createFrom().item(tasks);
            }
            return arrival.flatMap(woken -> takeOrWait(queueName, workerId, count, deadline));
        });
    }

    private Uni<List<Task>> take(String queueName, String workerId, int count) {
        return claims.claim(queueName, workerId, count, null);
    }
}
