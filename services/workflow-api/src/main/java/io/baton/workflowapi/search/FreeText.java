package io.baton.workflowapi.search;

import java.util.Optional;

/**
 * Conductor's {@code freeText}: {@code *} (or nothing) matches every row; any other text matches, ignoring case,
 * the rows whose searched text (ids, correlation id, input and output as JSON text) contains it.
 */
public final class FreeText {
    private FreeText() {
    }

    public static Optional<String> toSql(String freeText, SearchedTable table, SqlParameters parameters) {
        if (freeText == null || freeText.isBlank() || freeText.trim().equals("*")) {
            return Optional.empty();
        }
        String literal = freeText.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return Optional.of(table.freeText() + " ILIKE " + parameters.bind("%" + literal + "%") + " ESCAPE '\\'");
    }
}
