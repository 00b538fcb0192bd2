package io.baton.workflowapi.search;

import io.baton.model.json.Json;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/** Searches the decider's workflow table, whose filtered and sorted fields are columns of their own. */
@ApplicationScoped
public class WorkflowSearch {
    private static final SearchField START_TIME = SearchField.epochMillis("startTime", "create_time");

    static final SearchedTable WORKFLOWS = new SearchedTable("decider.workflow",
            // A page of hits is small: PostgreSQL puts each row's two columns (StoredWorkflow) back together.
            "(state || jsonb_build_object('workflowDefinition', definition))::text", "workflows", List.of(
            SearchField.text("workflowId", "workflow_id"),
            SearchField.text("workflowType", "workflow_name"),
            SearchField.oneOf("status", "status", WorkflowStatus.values()),
            SearchField.text("correlationId", "correlation_id"),
            START_TIME,
            SearchField.epochMillis("updateTime", "update_time"),
            SearchField.epochMillis("endTime", "end_time"),
            SearchField.integer("version", "workflow_version")),
            // The decider's trigram index (migrations V2, V6) is built on exactly this expression.
            "(workflow_id || ' ' || coalesce(correlation_id, '') || ' ' "
                    + "|| coalesce(state ->> 'input', '') || ' ' || coalesce(state ->> 'output', ''))",
            SearchedTable.sqlList(Arrays.stream(WorkflowStatus.values()).filter(status -> !status.isTerminal())
                    .map(Enum::name).toList()),
            START_TIME, "workflow_id");

    @Inject
    TableSearch search;

    /**
     * The page of matching workflows, without their tasks (as Conductor's search returns them), and the number of
     * matches.
     *
     * @param topLevelOnly only workflows that no other workflow started
     * @throws InvalidQueryException for a query, sort or paging that cannot be understood
     */
    public Uni<SearchResult<Workflow>> search(SearchParameters parameters, boolean topLevelOnly) {
        List<String> conditions = topLevelOnly ? List.of("state ->> 'parentWorkflowId' IS NULL") : List.of();
        return search.search(WORKFLOWS, parameters, conditions).map(WorkflowSearch::workflows);
    }

    /**
     * The page of workflows having a task that matches the query and free text (on the fields of
     * {@link TaskSearch#TASKS}), sorted on the workflows' fields, and the number of such workflows.
     *
     * @throws InvalidQueryException for a query, sort or paging that cannot be understood
     */
    public Uni<SearchResult<Workflow>> searchByTasks(SearchParameters parameters) {
        return search.searchHaving(WORKFLOWS, TaskSearch.TASKS, parameters).map(WorkflowSearch::workflows);
    }

    private static SearchResult<Workflow> workflows(SearchResult<String> states) {
        return states.map(state -> Json.read(state, Workflow.class));
    }
}
