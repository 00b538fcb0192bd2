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

/** Conductor's queue sizes under /api/tasks/queue. */
@Path("/api/tasks/queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueSizeResource {
    /** Conductor's queues have shards; Baton's one table answers as the single shard Conductor's PostgreSQL names "a". */
    private static final String SHARD = "a";

    @Inject
    QueueSizes sizes;

    @GET
    @Path("/sizes")
    @Operation(operationId = "size", summary = "Waiting tasks of each taskType given (deprecated in Conductor for /queue/size)")
    public Uni<Map<String, Long>> sizes(@QueryParam("taskType") List<String> taskTypes) {
        return sizes.waiting(taskTypes);
    }

    @GET
    @Path("/size")
    @Operation(operationId = "taskDepth", summary = "Waiting tasks of a taskType, in a domain when one is given")
    public Uni<Long> size(@QueryParam("taskType") String taskType, @QueryParam("domain") String domain) {
        if (taskType == null || taskType.isBlank()) {
            throw ApiException.badRequest("taskType is required");
        }
        String queueName = TaskDispatch.queueName(taskType, domain);
        return sizes.waiting(List.of(queueName)).map(found -> found.get(queueName));
    }

    @GET
    @Path("/all")
    @Operation(operationId = "all", summary = "Waiting tasks of every queue, by queue name (domain:type in a domain)")
    public Uni<Map<String, Long>> all() {
        return sizes.all().map(depths -> {
            Map<String, Long> waiting = new LinkedHashMap<>();
            depths.forEach((queue, depth) -> waiting.put(queue, depth.waiting()));
            return waiting;
        });
    }

    @GET
    @Path("/all/verbose")
    @Operation(operationId = "allVerbose",
            summary = "Every queue by name, its one shard \"a\" with size (waiting) and uacked (leased to workers)")
    public Uni<Map<String, Map<String, Map<String, Long>>>> allVerbose() {
        return sizes.all().map(depths -> {
            Map<String, Map<String, Map<String, Long>>> verbose = new LinkedHashMap<>();
            depths.forEach((queue, depth) -> verbose.put(queue,
                    Map.of(SHARD, Map.of("size", depth.waiting(), "uacked", depth.leased()))));
            return verbose;
        });
    }
}
