package io.baton.workflowapi.search;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Runs a search on the decider's tables (read-only): Conductor's query, free text, sort and paging. */
@ApplicationScoped
public class TableSearch {
    @Inject
    Pool pool;

    /**
     * The page of matching rows, each as JSON text ({@link SearchedTable#document}), and the number of matches.
     *
     * @param conditions further SQL conditions of the caller's own, without values
     * @throws InvalidQueryException for a query, sort or paging that cannot be understood
     */
    public Uni<SearchResult<String>> search(SearchedTable table, SearchParameters search, List<String> conditions) {
        return search(table, table, search, conditions);
    }

    /**
     * The page of rows of {@code listed} (as JSON text) having a row of {@code matched} of the same
     * workflow that matches the query and free text, sorted and counted as rows of {@code listed}.
     *
     * @throws InvalidQueryException for a query, sort or paging that cannot be understood
     */
    public Uni<SearchResult<String>> searchHaving(SearchedTable listed, SearchedTable matched, SearchParameters search) {
        return search(listed, matched, search, List.of());
    }

    private Uni<SearchResult<String>> search(SearchedTable table, SearchedTable matched, SearchParameters search,
                                             List<String> conditions) {
        if (search.start < 0) {
            throw new InvalidQueryException("start must not be negative, was " + search.start);
        }
        if (search.size < 0 || search.size > SearchParameters.MAX_SIZE) {
            throw new InvalidQueryException("size must be between 0 and " + SearchParameters.MAX_SIZE
                    + " (Cannot return more than " + SearchParameters.MAX_SIZE + " " + table.hits()
                    + ". Please use pagination), was " + search.size);
        }
        SqlParameters parameters = new SqlParameters();
        List<String> matching = new ArrayList<>();
        SearchQuery.toSql(search.query, matched, parameters).ifPresent(matching::add);
        FreeText.toSql(search.freeText, matched, parameters).ifPresent(matching::add);
        List<String> all = new ArrayList<>(conditions);
        if (matched == table) {
            all.addAll(matching);
        } else if (!matching.isEmpty()) {
            // Inside the subquery the bare columns are the matched table's; both tables are keyed by workflow.
            all.add("EXISTS (SELECT 1 FROM " + matched.table() + " WHERE " + matched.table() + ".workflow_id = "
                    + table.table() + ".workflow_id AND " + String.join(" AND ", matching) + ")");
        }
        String where = all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
        String orderBy = SearchSort.orderBy(search.sort, table);
        List<Object> filterValues = parameters.values();
        String page = "SELECT " + table.document() + " FROM " + table.table() + where + " ORDER BY " + orderBy
                + " LIMIT " + parameters.bind(search.size) + " OFFSET " + parameters.bind(search.start);

        Uni<Long> total = pool.preparedQuery("SELECT count(*) FROM " + table.table() + where)
                .execute(Tuple.from(filterValues))
                .map(rows -> rows.iterator().next().getLong(0));
        Uni<List<String>> states = pool.preparedQuery(page)
                .execute(Tuple.from(parameters.values()))
                .map(rows -> {
                    List<String> found = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        found.add(row.getString(0));
                    }
                    return found;
                });
        return Uni.combine().all().unis(total, states).with(SearchResult::new);
    }
}
