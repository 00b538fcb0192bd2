package io.baton.service.auth;

import io.baton.service.rest.ApiException;
import java.util.Set;

/**
 * Who sent a request, as its verified token says.
 *
 * @param keyId     the access key the token was minted for
 * @param taskTypes the task types a worker key is granted (empty for other roles)
 */
public record Caller(String keyId, Role role, Set<String> taskTypes) {
    public boolean mayWork(String taskType) {
        return role == Role.ADMIN || role == Role.WORKER && taskTypes.contains(taskType);
    }

    /** @throws ApiException 403 naming the type when this caller may not work on tasks of it */
    public void checkTaskType(String taskType) {
        if (!mayWork(taskType)) {
            throw forbidden("task type " + taskType);
        }
    }

    /** @return the 403 for a permission this caller lacks */
    public ApiException forbidden(String missing) {
        return new ApiException(403, "Forbidden: key " + keyId + " (" + role.claim() + ") lacks " + missing);
    }
}
