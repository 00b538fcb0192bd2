package io.baton.taskqueue.queue;

import io.baton.model.task.TaskType;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conductor's requeue of a task type's pending tasks, for tasks whose workers vanished: each goes back on its queue.
 * As in Conductor, the tasks task-queue runs itself (HTTP, KAFKA_PUBLISH, EVENT) are left alone.
 */
@Tag(name = "Task")
@Path("/api/tasks/queue/requeue")
public class RequeueResource {
    @Inject
    QueuedTaskStore store;

    @Inject
    QueueSignals signals;

    @POST
    @Path("/{taskType}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "requeuePendingTask", summary = "Requeue the pending tasks of a type",
            description = "Puts every pending task of a type back on its queue, visible at once; answers how many.")
    @APIResponse(responseCode = "200", description = "How many tasks were put back, as text")
    @APIResponse(responseCode = "400", description = "The task type is missing")
    public Uni<String> requeue(@PathParam("taskType") String taskType) {
        if (!TaskType.isWorkerTask(taskType)) {
            return Uni.createFrom().item("0");
        }
        return store.requeuePending(taskType, System.currentTimeMillis()).map(queues -> {
            queues.stream().distinct().forEach(signals::taskArrived);
            return String.valueOf(queues.size());
        });
    }
}
