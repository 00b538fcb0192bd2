package io.baton.workflowapi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Conductor's {@code sort} parameter: {@code field:ASC|DESC}, several separated by {@code |}; ASC when left out. */
public final class SearchSort {
    private SearchSort() {
    }

    /**
     * The ORDER BY list, made only of known column names; oldest first when there is no sort, and the workflow id
     * last so that pages never overlap.
     *
     * @throws InvalidQueryException naming the field or order that is not known
     */
    public static String orderBy(String sort) {
        List<String> keys = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String option : sort.split("\\|")) {
                keys.add(key(option.trim()));
            }
        }
        if (keys.isEmpty()) {
            keys.add(SearchField.START_TIME.column() + " ASC");
        }
        keys.add(SearchField.WORKFLOW_ID.column() + " ASC");
        return String.join(", ", keys);
    }

    private static String key(String option) {
        int colon = option.lastIndexOf(':');
        String name = colon < 0 ? option : option.substring(0, colon);
        String order = colon < 0 ? "ASC" : option.substring(colon + 1).toUpperCase(Locale.ROOT);
        SearchField field = SearchField.named(name);
        if (field == null) {
            throw new InvalidQueryException("Cannot sort by '" + name + "': sortable fields are " + SearchField.names());
        }
        if (!order.equals("ASC") && !order.equals("DESC")) {
            throw new InvalidQueryException("Cannot sort " + name + " '" + option.substring(colon + 1)
                    + "': the order is ASC or DESC");
        }
        return field.column() + " " + order;
    }
}
