package io.baton.workflowapi.metadata;

import io.baton.model.error.ApiError.ValidationError;
import java.util.List;
import java.util.stream.Collectors;

/** A request refused with 400 because of the listed problems; the message repeats them so a plain client sees them. */
public class InvalidDefinitionException extends RuntimeException {
    private final transient List<ValidationError> errors;

    public InvalidDefinitionException(List<ValidationError> errors) {
        super(errors.stream().map(error -> error.path() + ": " + error.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
