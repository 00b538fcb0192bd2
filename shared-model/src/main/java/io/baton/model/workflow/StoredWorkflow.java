package io.baton.model.workflow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.baton.model.json.Json;
import java.util.function.Function;

/**
 * How the decider stores a workflow in PostgreSQL, for it and for the services that read its tables: the row's
 * {@code state} is the workflow's JSON without its tasks (they have rows of their own) and without its definition,
 * which has a column of its own ({@code definition}) written when the workflow starts and again only when a restart
 * replaces it. The definition is most of a workflow's JSON; rewritten with every change of state, it was most of
 * PostgreSQL's work per workflow.
 */
public final class StoredWorkflow {
    @JsonIgnoreProperties({"tasks", "workflowDefinition"})
    private abstract static class StateOnly {
    }

    /** The columns to select, in this order, for {@link #read} or {@link #json}. */
    public static final String COLUMNS = "state::text, definition::text";

    private static final ObjectWriter STATE = Json.mapper().copy().addMixIn(Workflow.class, StateOnly.class).writer();

    private StoredWorkflow() {
    }

    /** The row's {@code state}: the workflow's JSON without its tasks and its definition. */
    public static String state(Workflow workflow) {
        try {
            return STATE.writeValueAsString(workflow);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write workflow " + workflow.getWorkflowId(), e);
        }
    }

    /** The row's {@code definition}: the workflow's definition as JSON. */
    public static String definition(Workflow workflow) {
        return Json.write(workflow.getWorkflowDefinition());
    }

    /** The workflow of a row, without its tasks. */
    public static Workflow read(String state, String definition) {
        return read(state, definition, json -> Json.read(json, WorkflowDef.class));
    }

    /**
     * The workflow of a row, without its tasks, with the definition {@code definitions} makes of the column's JSON (a
     * cache can give every workflow of one definition the same object).
     */
    public static Workflow read(String state, String definition, Function<String, WorkflowDef> definitions) {
        Workflow workflow = Json.read(state, Workflow.class);
        if (definition != null) {
            workflow.setWorkflowDefinition(definitions.apply(definition));
        }
        return workflow;
    }

    /** The workflow's JSON from its row's two columns, as text: the state with the definition added, none of it parsed. */
    public static String json(String state, String definition) {
        return withField(state, "workflowDefinition", definition);
    }

    /** A JSON object's text with one more field, given as JSON text, at its end; unchanged when the value is null. */
    public static String withField(String object, String name, String value) {
        if (value == null) {
            return object;
        }
        int end = object.lastIndexOf('}');
        int last = end - 1;
        while (Character.isWhitespace(object.charAt(last))) {
            last--;
        }
        return object.substring(0, end) + (object.charAt(last) == '{' ? "" : ", ") + "\"" + name + "\": " + value + "}";
    }
}
