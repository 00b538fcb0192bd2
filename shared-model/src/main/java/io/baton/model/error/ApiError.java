package io.baton.model.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The error body of every 4xx and 5xx, in Conductor's shape: {@code {status, message, instance, retryable,
 * validationErrors}}, so clients that parse Conductor's errors parse Baton's.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String message, String instance, boolean retryable,
                       List<ValidationError> validationErrors) {

    /** One field that failed validation. */
    public record ValidationError(String path, String message, String invalidValue) {
    }

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, instanceName(), status >= 500, List.of());
    }

    public static ApiError invalid(String message, List<ValidationError> errors) {
        return new ApiError(400, message, instanceName(), false, errors);
    }

    private static String instanceName() {
        String host = System.getenv("HOSTNAME");
        return host != null ? host : "baton";
    }
}
