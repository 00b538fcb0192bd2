package io.baton.workflowapi.search;

import java.util.ArrayList;
import java.util.List;

/** The values of a statement being built, each bound to a numbered placeholder ($1, $2, ...): user input never becomes SQL text. */
public final class SqlParameters {
    private final List<Object> values = new ArrayList<>();

    /** Binds a value; answers the placeholder that stands for it. */
    public String bind(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    public List<Object> values() {
        return List.copyOf(values);
    }
}
