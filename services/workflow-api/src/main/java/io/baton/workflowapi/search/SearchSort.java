package io.baton.workflowapi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Conductor's {@code sort} parameter: {@code field:ASC|DESC}, several separated by {@code |}; ASC when left out. */
public final class SearchSort {
    private SearchSort() {
    }

    /**
     * The ORDER BY list, made only of the table's known columns; the table's own order when there is no sort, and its
     * key last so that pages never overlap.
     *
     * @throws InvalidQueryException naming the field or order that is not known
     */
    public static String orderBy(String sort, SearchedTable table) {
        List<String> keys = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String option : sort.split("\\|")) {
                keys.add(key(option.trim(), table));
            }
        }
        if (keys.isEmpty()) {
            keys.add(table.order().column() + " ASC");
        }
        keys.add(table.key() + " ASC");
        return String.join(", ", keys);
    }

    private static String key(String option, SearchedTable table) {
        int colon = option.lastIndexOf(':');
        String name = colon < 0 ? option : option.substring(0, colon);
        String order = colon < 0 ? "ASC" : option.substring(colon + 1).toUpperCase(Locale.ROOT);
        SearchField field = table.named(name);
        if (field == null) {
            throw new InvalidQueryException("Cannot sort by '" + name + "': sortable fields are " + table.names());
        }
        if (!order.equals("ASC") && !order.equals("DESC")) {
            throw new InvalidQueryException("Cannot sort " + name + " '" + option.substring(colon + 1)
                    + "': the order is ASC or DESC");
        }
        return field.column() + " " + order;
    }
}
