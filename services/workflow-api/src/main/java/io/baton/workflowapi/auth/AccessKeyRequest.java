package io.baton.workflowapi.auth;

import java.util.List;

/** What POST /api/auth/keys asks for: a role and, for a worker, the task types it may poll and update. */
public record AccessKeyRequest(String role, List<String> taskTypes) {
}
