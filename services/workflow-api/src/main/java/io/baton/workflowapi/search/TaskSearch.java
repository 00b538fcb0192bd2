package io.baton.workflowapi.search;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * Searches the decider's task table. Besides the ids and the status, a task's fields live only in its JSON state;
 * the decider's migration V4 indexes exactly these expressions, so keep the two the same.
 */
@ApplicationScoped
public class TaskSearch {
    private static final SearchField SCHEDULED_TIME =
            SearchField.epochMillis("scheduledTime", "((state ->> 'scheduledTime')::bigint)");

    static final SearchedTable TASKS = new SearchedTable("decider.task", "state::text", "tasks", List.of(
            SearchField.text("taskId", "task_id"),
            SearchField.text("workflowId", "workflow_id"),
            SearchField.oneOf("status", "status", TaskStatus.values()),
            SearchField.text("taskType", "(state ->> 'taskType')"),
            SearchField.text("taskDefName", "(state ->> 'taskDefName')"),
            SearchField.text("taskRefName", "reference_task_name"),
            SearchField.text("workflowType", "(state ->> 'workflowType')"),
            SearchField.text("correlationId", "(state ->> 'correlationId')"),
            SearchField.text("domain", "(state ->> 'domain')"),
            SCHEDULED_TIME,
            SearchField.epochMillis("startTime", "((state ->> 'startTime')::bigint)"),
            SearchField.epochMillis("updateTime", "((state ->> 'updateTime')::bigint)"),
            SearchField.epochMillis("endTime", "((state ->> 'endTime')::bigint)")),
            "(task_id || ' ' || workflow_id || ' ' || coalesce(state ->> 'correlationId', '') || ' ' "
                    + "|| coalesce(state ->> 'inputData', '') || ' ' || coalesce(state ->> 'outputData', ''))",
            SearchedTable.sqlList(Arrays.stream(TaskStatus.values()).filter(status -> !status.isTerminal())
                    .map(Enum::name).toList()),
            SCHEDULED_TIME, "task_id");

    @Inject
    TableSearch search;

    /** The page of matching tasks, oldest scheduled first without a sort, and the number of matches. */
    public Uni<SearchResult<Task>> search(SearchParameters parameters) {
        return search.search(TASKS, parameters, List.of()).map(found -> found.map(state -> Json.read(state, Task.class)));
    }
}
