package io.baton.eventhandlers.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * What one action of one handler did with one message, as Conductor's EventExecution records it (the handler's name
 * is {@code name} in JSON, as there); {@code id} is {@code messageId_actionIndex}, {@code reason} says why it FAILED.
 */
public record EventExecution(String id, String messageId, @JsonProperty("name") String handlerName, String event,
                             String action, Status status, Map<String, Object> output, String reason, long created) {
    public enum Status { COMPLETED, FAILED, SKIPPED }

    /** An execution that happens now. */
    public EventExecution(String id, String messageId, String handlerName, String event, String action, Status status,
                          Map<String, Object> output, String reason) {
        this(id, messageId, handlerName, event, action, status, output, reason, System.currentTimeMillis());
    }
}
