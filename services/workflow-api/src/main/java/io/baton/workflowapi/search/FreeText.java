package io.baton.workflowapi.search;

import java.util.Optional;

/**
 * Conductor's {@code freeText}: {@code *} (or nothing) matches every row; any other text matches, ignoring case,
 * the rows whose searched text (ids, correlation id, input and output as JSON text) contains it. The condition has a
 * branch for ended rows, which the decider's partial trigram index covers, and one for live rows, found through their
 * status index: each branch implies its index's predicate, so PostgreSQL can use both.
 */
public final class FreeText {
    private FreeText() {
    }

    public static Optional<String> toSql(String freeText, SearchedTable table, SqlParameters parameters) {
        if (freeText == null || freeText.isBlank() || freeText.trim().equals("*")) {
            return Optional.empty();
        }
        String literal = freeText.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String matches = table.freeText() + " ILIKE " + parameters.bind("%" + literal + "%") + " ESCAPE '\\'";
        String live = table.liveStatuses();
        return Optional.of("(status NOT IN " + live + " AND " + matches + " OR status IN " + live + " AND " + matches + ")");
    }
}
