package io.baton.workflowapi.auth;

/** The official SDKs' body for POST /api/token (GenerateTokenRequest). */
public record TokenRequest(String keyId, String keySecret) {
}
