package io.baton.workflowapi.metadata;

import java.util.List;
import java.util.Map;

/** Conductor's answer to a bulk operation: the names that succeeded, and an error message per name that failed. */
public record BulkResponse(List<String> bulkSuccessfulResults, Map<String, String> bulkErrorResults) {
    public static BulkResponse succeeded(List<String> names) {
        return new BulkResponse(names, Map.of());
    }
}
