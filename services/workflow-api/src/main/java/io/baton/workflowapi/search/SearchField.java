package io.baton.workflowapi.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A field a search may filter and sort on, as Conductor names it, with the SQL expression of the decider's table that
 * holds it.
 *
 * @param choices the values a field that is one of a fixed set takes (a status), else empty
 */
public record SearchField(String name, String column, Kind kind, List<String> choices) {
    /** What a field's values are, which decides the operators it takes and how a value is checked and bound. */
    enum Kind { TEXT, CHOICE, EPOCH_MILLIS, INTEGER }

    public static SearchField text(String name, String column) {
        return new SearchField(name, column, Kind.TEXT, List.of());
    }

    public static SearchField oneOf(String name, String column, Enum<?>[] choices) {
        return new SearchField(name, column, Kind.CHOICE, Arrays.stream(choices).map(Enum::name).toList());
    }

    public static SearchField epochMillis(String name, String column) {
        return new SearchField(name, column, Kind.EPOCH_MILLIS, List.of());
    }

    public static SearchField integer(String name, String column) {
        return new SearchField(name, column, Kind.INTEGER, List.of());
    }

    boolean ordered() {
        return kind == Kind.EPOCH_MILLIS || kind == Kind.INTEGER;
    }

    /**
     * The value as the column holds it.
     *
     * @throws IllegalArgumentException naming what the field expects
     */
    Object value(String text) {
        return switch (kind) {
            case TEXT -> text;
            case CHOICE -> {
                String choice = text.toUpperCase(Locale.ROOT);
                if (!choices.contains(choice)) {
                    throw new IllegalArgumentException(name + " is one of " + choices);
                }
                yield choice;
            }
            case EPOCH_MILLIS -> parse(text, Long::parseLong, name + " is epoch milliseconds");
            case INTEGER -> parse(text, Integer::parseInt, name + " is an integer");
        };
    }

    private static Object parse(String text, Function<String, Object> parser, String expectation) {
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expectation);
        }
    }
}
