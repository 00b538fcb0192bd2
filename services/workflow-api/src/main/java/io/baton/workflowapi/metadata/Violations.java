package io.baton.workflowapi.metadata;

import io.baton.model.error.ApiError.ValidationError;
import java.util.ArrayList;
import java.util.List;

/** The problems found while checking a request, each at the JSON path of the field at fault. */
public final class Violations {
    private final List<ValidationError> errors = new ArrayList<>();

    public void add(String path, String message) {
        errors.add(new ValidationError(path, message, null));
    }

    public List<ValidationError> errors() {
        return List.copyOf(errors);
    }

    /** Refuses the request with 400 when anything was found. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidDefinitionException(errors);
        }
    }

    static String at(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }
}
