package io.baton.workflowapi.auth;

import java.util.List;

/**
 * An access key as the admin API lists it: never its secret.
 *
 * @param revokedTime epoch ms it was revoked, null while it is valid
 */
public record AccessKey(String id, String role, List<String> taskTypes, long createTime, Long revokedTime) {
}
