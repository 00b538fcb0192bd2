package io.baton.workflowapi.bulk;

import java.util.List;
import java.util.Map;

/**
 * Conductor's answer to a bulk operation: the names or ids that succeeded, and an error message per one that failed.
 * Shared by the metadata and workflow bulk endpoints.
 */
public record BulkResponse(List<String> bulkSuccessfulResults, Map<String, String> bulkErrorResults) {
    public static BulkResponse succeeded(List<String> names) {
        return new BulkResponse(names, Map.of());
    }
}
