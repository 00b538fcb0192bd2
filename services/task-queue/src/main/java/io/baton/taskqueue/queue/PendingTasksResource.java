package io.baton.taskqueue.queue;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.service.rest.ApiException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Conductor's GET /api/admin/task/{tasktype}: a page of the pending tasks of a task definition, as the decider last
 * wrote them. Baton lists the ones on a queue (worker tasks, and HTTP, KAFKA_PUBLISH, EVENT), in arrival order.
 */
@Tag(name = "Task")
@Path("/api/admin/task/{tasktype}")
public class PendingTasksResource {
    @Inject
    Pool pool;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "view", description = "A page of the pending tasks of a task definition, oldest first")
    @APIResponse(responseCode = "200", description = "The page of pending tasks")
    @APIResponse(responseCode = "400", description = "start or count is negative")
    public Uni<List<Task>> pending(@PathParam("tasktype") String taskType,
                                   @QueryParam("start") @DefaultValue("0") int start,
                                   @QueryParam("count") @DefaultValue("100") int count) {
        if (start < 0 || count < 0) {
            throw ApiException.badRequest("start and count must not be negative: start " + start + ", count " + count);
        }
        return pool.preparedQuery("SELECT d.state::text FROM task_queue.queued_task q "
                        + "JOIN decider.task d ON d.task_id = q.task_id "
                        + "WHERE q.task_def_name = $1 AND q.state <> 'DONE' AND d.status IN ('SCHEDULED', 'IN_PROGRESS') "
                        + "ORDER BY q.created_at OFFSET $2 LIMIT $3")
                .execute(Tuple.of(taskType, start, count))
                .map(rows -> {
                    List<Task> tasks = new ArrayList<>(rows.size());
                    rows.forEach(row -> tasks.add(Json.read(row.getString(0), Task.class)));
                    return tasks;
                });
    }
}
