package io.baton.taskqueue.queue;

import io.baton.model.messaging.TaskDispatch;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conductor's queue sizes under /api/tasks/queue. */
@Tag(name = "Task")
@Path("/api/tasks/queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueSizeResource {
    /** Conductor's queues have shards; Baton's one table answers as the single shard Conductor's PostgreSQL names "a". */
    private static final String SHARD = "a";

    @Inject
    QueueSizes sizes;

    @GET
    @Path("/sizes")
    @Operation(operationId = "size", summary = "Get queue sizes by task type",
            description = "The number of waiting tasks of each taskType given (Conductor deprecates it for "
                    + "/queue/size).")
    @APIResponse(responseCode = "200", description = "Waiting tasks by task type")
    @APIResponse(responseCode = "400", description = "A query parameter has the wrong type")
    public Uni<Map<String, Long>> sizes(@QueryParam("taskType") List<String> taskTypes) {
        return sizes.waiting(taskTypes);
    }

    @GET
    @Path("/size")
    @Operation(operationId = "taskDepth", summary = "Get the size of a queue",
            description = "The number of waiting tasks of a taskType, in a domain when one is given.")
    @APIResponse(responseCode = "200", description = "The number of waiting tasks")
    @APIResponse(responseCode = "400", description = "taskType is missing")
    public Uni<Long> size(@QueryParam("taskType") String taskType, @QueryParam("domain") String domain) {
        if (taskType == null || taskType.isBlank()) {
            throw ApiException.badRequest("taskType is required");
        }
        String queueName = TaskDispatch.queueName(taskType, domain);
        return sizes.waiting(List.of(queueName)).map(found -> found.get(queueName));
    }

    @GET
    @Path("/all")
    @Operation(operationId = "all", summary = "Get every queue's size",
            description = "The number of waiting tasks of every queue, by queue name (domain:type for a domain's "
                    + "queue).")
    @APIResponse(responseCode = "200", description = "Waiting tasks by queue name")
    public Uni<Map<String, Long>> all() {
        return sizes.all().map(depths -> {
            Map<String, Long> waiting = new LinkedHashMap<>();
            depths.forEach((queue, depth) -> waiting.put(queue, depth.waiting()));
            return waiting;
        });
    }

    @GET
    @Path("/all/verbose")
    @Operation(operationId = "allVerbose", summary = "Get every queue's details",
            description = "Every queue by name with its one shard \"a\": size (waiting) and uacked (leased to "
                    + "workers).")
    @APIResponse(responseCode = "200", description = "Each queue's shard with its sizes")
    public Uni<Map<String, Map<String, Map<String, Long>>>> allVerbose() {
        return sizes.all().map(depths -> {
            Map<String, Map<String, Map<String, Long>>> verbose = new LinkedHashMap<>();
            depths.forEach((queue, depth) -> verbose.put(queue,
                    Map.of(SHARD, Map.of("size", depth.waiting(), "uacked", depth.leased()))));
            return verbose;
        });
    }

    @GET
    @Path("/ages")
    @Operation(operationId = "queueAges", summary = "Get every queue's oldest waiting age (Baton)",
            description = "Every queue with waiting tasks, by queue name: depth (tasks QUEUED) and oldestAgeSeconds "
                    + "(how long the oldest of them a poll could take has been takeable; 0 when all wait for a "
                    + "callback). Read from PostgreSQL on each call, unlike the baton_task_queue_oldest_age_seconds "
                    + "gauge refreshed every baton.metrics.queue-refresh. Not in Conductor.")
    @APIResponse(responseCode = "200", description = "Depth and oldest age by queue name")
    public Uni<Map<String, QueueSizes.Waiting>> ages() {
        return sizes.waitingWithAge();
    }
}
