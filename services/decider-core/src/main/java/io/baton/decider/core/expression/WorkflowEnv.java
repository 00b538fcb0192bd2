package io.baton.decider.core.expression;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;

/**
 * What {@code ${workflow.env.NAME}} reads: the environment variables the decider was configured with, as Conductor
 * 3.32 reads its environment store. Given to the decider as data, so a decision depends on nothing but its inputs.
 * {@code ${workflow.env.NAME.path}} reads {@code path} as a JsonPath in the value parsed as JSON.
 */
public record WorkflowEnv(Map<String, String> variables) {
    public static final WorkflowEnv NONE = new WorkflowEnv(Map.of());
    static final String PREFIX = "workflow.env.";

    public WorkflowEnv {
        variables = Map.copyOf(variables);
    }

    /** @param reference what follows {@code workflow.env.}: a name, then optionally a dot and a JsonPath */
    Object read(String reference) {
        int dot = reference.indexOf('.');
        String value = variables.get(dot < 0 ? reference : reference.substring(0, dot));
        if (dot < 0 || value == null) {
            return value;
        }
        try {
            return JsonPath.parse(value).read(reference.substring(dot + 1));
        } catch (RuntimeException e) {
            // As in Conductor: a value that is not JSON, or lacks the path, reads as null.
            return null;
        }
    }
}
