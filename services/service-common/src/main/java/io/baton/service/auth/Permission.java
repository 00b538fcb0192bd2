package io.baton.service.auth;

import java.util.Set;

/** What a request needs, found from its method and path by {@link #required}; the policy is written only here. */
public enum Permission {
    /** Health, metrics, the OpenAPI document and the token exchange itself. */
    OPEN,
    /** A worker's own protocol: poll, update and log tasks, checked again against the task's type. */
    WORK_TASKS,
    /** Starting, controlling and reading workflows and tasks. */
    RUN_WORKFLOWS,
    /** Changing metadata or event handlers, and anything about keys. */
    ADMINISTER;

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    public static Permission required(String method, String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        if (p.startsWith("/q/") || p.equals("/health") || p.equals("/api/health") || p.equals("/api/token")) {
            return OPEN;
        }
        if (p.startsWith("/api/auth/")) {
            return ADMINISTER;
        }
        boolean read = READS.contains(method);
        if (!read && (p.startsWith("/api/metadata/") || p.equals("/api/event") || p.startsWith("/api/event/"))) {
            return ADMINISTER;
        }
        if (workerCall(method, p)) {
            return WORK_TASKS;
        }
        return RUN_WORKFLOWS;
    }

    /** @return the task type a poll names, or null when the request is not a poll */
    public static String polledTaskType(String path) {
        String rest = path.startsWith("/api/tasks/poll/batch/") ? path.substring("/api/tasks/poll/batch/".length())
                : path.startsWith("/api/tasks/poll/") ? path.substring("/api/tasks/poll/".length()) : null;
        return rest == null || rest.isEmpty() || rest.contains("/") ? null : rest;
    }

    private static boolean workerCall(String method, String path) {
        if (method.equals("GET")) {
            return polledTaskType(path) != null;
        }
        return method.equals("POST") && (path.equals("/api/tasks") || path.equals("/api/tasks/update-v2")
                || path.matches("/api/tasks/[^/]+/(log|ack)"));
    }

    /** @return whether the role may make a request needing this permission (a worker's type is checked apart) */
    public boolean grantedTo(Role role) {
        return switch (this) {
            case OPEN -> true;
            case WORK_TASKS -> role == Role.WORKER || role == Role.ADMIN;
            case RUN_WORKFLOWS -> role == Role.OPERATOR || role == Role.ADMIN;
            case ADMINISTER -> role == Role.ADMIN;
        };
    }
}
