package io.baton.launcher;

import io.baton.infra.Processes;
import java.util.Map;

/**
 * The TCP ports of a local cluster. Defaults are the documented ones; each can be overridden with an environment
 * variable {@code BATON_<NAME>_PORT}, e.g. {@code BATON_WORKFLOW_API_PORT=9081}.
 */
public record Ports(int kafka, int kafkaController, int postgres, int frontDoor, int workflowApi, int taskQueue,
                    int decider, int eventHandlers) {

    public static Ports defaults() {
        return new Ports(19092, 19093, 15432, 8080, 8081, 8082, 8083, 8084);
    }

    /** The defaults, with any {@code BATON_<NAME>_PORT} variable in {@code environment} taking precedence. */
    public static Ports fromEnvironment(Map<String, String> environment) {
        Ports d = defaults();
        return new Ports(
                port(environment, "BATON_KAFKA_PORT", d.kafka),
                port(environment, "BATON_KAFKA_CONTROLLER_PORT", d.kafkaController),
                port(environment, "BATON_POSTGRES_PORT", d.postgres),
                port(environment, "BATON_FRONT_DOOR_PORT", d.frontDoor),
                port(environment, "BATON_WORKFLOW_API_PORT", d.workflowApi),
                port(environment, "BATON_TASK_QUEUE_PORT", d.taskQueue),
                port(environment, "BATON_DECIDER_PORT", d.decider),
                port(environment, "BATON_EVENT_HANDLERS_PORT", d.eventHandlers));
    }

    /** Ports that were free a moment ago: for a test cluster next to a running one. */
    public static Ports random() {
        return new Ports(Processes.freePort(), Processes.freePort(), Processes.freePort(), Processes.freePort(),
                Processes.freePort(), Processes.freePort(), Processes.freePort(), Processes.freePort());
    }

    private static int port(Map<String, String> environment, String variable, int fallback) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, was '" + value + "'");
        }
    }
}
