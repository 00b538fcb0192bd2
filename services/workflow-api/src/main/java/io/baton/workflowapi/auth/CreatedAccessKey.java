package io.baton.workflowapi.auth;

import java.util.List;

/** A new key with its secret, answered once at creation and never again. */
public record CreatedAccessKey(String id, String secret, String role, List<String> taskTypes) {
}
