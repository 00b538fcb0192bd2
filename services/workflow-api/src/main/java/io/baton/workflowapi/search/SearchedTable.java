package io.baton.workflowapi.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One of the decider's tables as a search sees it (read-only).
 *
 * @param table    the table, schema-qualified
 * @param document the SQL of a hit as JSON text
 * @param hits     what a row is, plural, for messages ("workflows")
 * @param fields   the fields a query and a sort may name
 * @param freeText the text {@code freeText} searches; a trigram index of the decider is built on exactly this
 *                 expression, so keep the two the same
 * @param liveStatuses the statuses of the rows that index leaves out (those not ended yet), as the decider's
 *                 migration V6 lists them: an SQL list, {@link #sqlList}
 * @param order    the field of the order without a sort
 * @param key      the column that orders rows last, so that pages never overlap
 */
public record SearchedTable(String table, String document, String hits, List<SearchField> fields, String freeText,
                            String liveStatuses, SearchField order, String key) {
    /** The field of that name, or null. */
    public SearchField named(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst().orElse(null);
    }

    /** The values as an SQL list of literals: ('A', 'B'). Only for the code's own constants, never for input. */
    public static String sqlList(List<String> values) {
        return values.stream().map(value -> "'" + value + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    public String names() {
        return fields.stream().map(SearchField::name).collect(Collectors.joining(", "));
    }
}
