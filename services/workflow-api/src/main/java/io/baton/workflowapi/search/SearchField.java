package io.baton.workflowapi.search;

import io.baton.model.workflow.WorkflowStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The workflow fields a search may filter and sort on, as Conductor names them, with the decider's column for each. */
public enum SearchField {
    WORKFLOW_ID("workflowId", "workflow_id", Kind.TEXT),
    WORKFLOW_TYPE("workflowType", "workflow_name", Kind.TEXT),
    STATUS("status", "status", Kind.STATUS),
    CORRELATION_ID("correlationId", "correlation_id", Kind.TEXT),
    START_TIME("startTime", "create_time", Kind.EPOCH_MILLIS),
    UPDATE_TIME("updateTime", "update_time", Kind.EPOCH_MILLIS),
    END_TIME("endTime", "end_time", Kind.EPOCH_MILLIS),
    VERSION("version", "workflow_version", Kind.INTEGER);

    /** What a field's values are, which decides the operators it takes and how a value is checked and bound. */
    enum Kind { TEXT, STATUS, EPOCH_MILLIS, INTEGER }

    private static final Map<String, SearchField> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(field -> field.fieldName, Function.identity()));

    private final String fieldName;
    private final String column;
    private final Kind kind;

    SearchField(String fieldName, String column, Kind kind) {
        this.fieldName = fieldName;
        this.column = column;
        this.kind = kind;
    }

    /** The field of that name, or null. */
    public static SearchField named(String name) {
        return BY_NAME.get(name);
    }

    public static String names() {
        return Arrays.stream(values()).map(field -> field.fieldName).collect(Collectors.joining(", "));
    }

    public String fieldName() { return fieldName; }

    public String column() { return column; }

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
            case STATUS -> {
                String status = text.toUpperCase(Locale.ROOT);
                if (Arrays.stream(WorkflowStatus.values()).noneMatch(known -> known.name().equals(status))) {
                    throw new IllegalArgumentException("status is one of " + Arrays.toString(WorkflowStatus.values()));
                }
                yield status;
            }
            case EPOCH_MILLIS -> parse(text, Long::parseLong, fieldName + " is epoch milliseconds");
            case INTEGER -> parse(text, Integer::parseInt, fieldName + " is an integer");
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
