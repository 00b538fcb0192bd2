package io.baton.workflowapi.auth;

/** The official SDKs read the token from this field (TokenResponse). */
public record TokenResponse(String token) {
}
