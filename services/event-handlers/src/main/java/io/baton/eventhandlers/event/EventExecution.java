package io.baton.eventhandlers.event;

import java.util.Map;

/**
 * What one action of one handler did with one message, as Conductor's EventExecution records it; {@code id} is
 * {@code messageId_actionIndex}.
 */
public record EventExecution(String id, String messageId, String handlerName, String event, String action,
                             Status status, Map<String, Object> output, String reason) {
    public enum Status { COMPLETED, FAILED, SKIPPED }
}
