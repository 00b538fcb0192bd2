package io.baton.workflowapi.search;

import java.util.Optional;

/**
 * Conductor's {@code freeText}: {@code *} (or nothing) matches every workflow; any other text matches, ignoring case,
 * the workflows whose id, correlation id, input or output (as JSON text) contain it.
 */
public final class FreeText {
    /**
     * The text searched. The decider's trigram index (migration V2) is built on exactly this expression, so keep the
     * two the same.
     */
    static final String SEARCHED = "(workflow_id || ' ' || coalesce(correlation_id, '') || ' ' "
            + "|| coalesce(state ->> 'input', '') || ' ' || coalesce(state ->> 'output', ''))";

    private FreeText() {
    }

    public static Optional<String> toSql(String freeText, SqlParameters parameters) {
        if (freeText == null || freeText.isBlank() || freeText.trim().equals("*")) {
            return Optional.empty();
        }
        String literal = freeText.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return Optional.of(SEARCHED + " ILIKE " + parameters.bind("%" + literal + "%") + " ESCAPE '\\'");
    }
}
