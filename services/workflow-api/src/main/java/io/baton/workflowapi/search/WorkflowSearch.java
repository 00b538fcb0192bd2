package io.baton.workflowapi.search;

import io.baton.model.json.Json;
import io.baton.model.workflow.Workflow;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Searches the decider's workflow table (read-only) with Conductor's query, free text, sort and paging. */
@ApplicationScoped
public class WorkflowSearch {
    /** Conductor's limit on one page of search results. */
    static final int MAX_SIZE = 5_000;

    @Inject
    Pool pool;

    /**
     * The page of matching workflows, without their tasks (as Conductor's search returns them), and the number of
     * matches.
     *
     * @param topLevelOnly only workflows that no other workflow started
     * @throws InvalidQueryException for a query, sort or paging that cannot be understood
     */
    public Uni<SearchResult<Workflow>> search(int start, int size, String sort, String freeText, String query,
                                              boolean topLevelOnly) {
        if (start < 0) {
            throw new InvalidQueryException("start must not be negative, was " + start);
        }
        if (size < 0 || size > MAX_SIZE) {
            throw new InvalidQueryException("size must be between 0 and " + MAX_SIZE
                    + " (Cannot return more than " + MAX_SIZE + " workflows. Please use pagination), was " + size);
        }
        SqlParameters parameters = new SqlParameters();
        List<String> conditions = new ArrayList<>();
        WorkflowQuery.toSql(query, parameters).ifPresent(conditions::add);
        FreeText.toSql(freeText, parameters).ifPresent(conditions::add);
        if (topLevelOnly) {
            conditions.add("state ->> 'parentWorkflowId' IS NULL");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String orderBy = SearchSort.orderBy(sort);
        List<Object> filterValues = parameters.values();
        String page = "SELECT state::text FROM decider.workflow" + where + " ORDER BY " + orderBy
                + " LIMIT " + parameters.bind(size) + " OFFSET " + parameters.bind(start);

        Uni<Long> total = pool.preparedQuery("SELECT count(*) FROM decider.workflow" + where)
                .execute(Tuple.from(filterValues))
                .map(rows -> rows.iterator().next().getLong(0));
        Uni<List<Workflow>> workflows = pool.preparedQuery(page)
                .execute(Tuple.from(parameters.values()))
                .map(rows -> {
                    List<Workflow> found = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        found.add(Json.read(row.getString(0), Workflow.class));
                    }
                    return found;
                });
        return Uni.combine().all().unis(total, workflows).with(SearchResult::new);
    }
}
