package io.baton.service.auth;

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
}
