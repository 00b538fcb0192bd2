package io.baton.workflowapi.search;

import io.baton.model.task.Task;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conductor's task search on PostgreSQL: {@code /api/tasks/search} and {@code /search-v2}, on the fields taskId,
 * workflowId, status, taskType, taskDefName, taskRefName, workflowType, correlationId, domain, scheduledTime,
 * startTime, updateTime and endTime. Served here, next to workflow search, though the rest of {@code /api/tasks} is
 * task-queue's: the front door routes these two paths to workflow-api.
 */
@Tag(name = "Task")
@Path("/api/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskSearchResource {
    @Inject
    TaskSearch search;

    @GET
    @Path("/search")
    @Operation(operationId = "searchTasks", summary = "Search tasks",
            description = "Searches tasks on PostgreSQL with Conductor's query grammar on task fields, freeText over "
                    + "ids, input and output, sort, start and size; answers summaries with times as ISO-8601 strings "
                    + "and totalHits.")
    @APIResponse(responseCode = "200", description = "One page of task summaries and the total number of hits")
    @APIResponse(responseCode = "400", description = SearchParameters.INVALID)
    public Uni<SearchResult<TaskSummary>> search(@BeanParam SearchParameters parameters) {
        return search.search(parameters).map(found -> found.map(TaskSummary::of));
    }

    @GET
    @Path("/search-v2")
    @Operation(operationId = "searchTasksV2", summary = "Search tasks, answering tasks",
            description = "Searches as searchTasks does, but answers the tasks themselves.")
    @APIResponse(responseCode = "200", description = "One page of tasks and the total number of hits")
    @APIResponse(responseCode = "400", description = SearchParameters.INVALID)
    public Uni<SearchResult<Task>> searchV2(@BeanParam SearchParameters parameters) {
        return search.search(parameters);
    }
}
