package io.baton.decider.outbox;

/**
 * One message waiting in the outbox for Kafka's acknowledgement, with the trace context of the command that wrote it
 * ({@link OutboxTracing}; null until stored, or when there is none).
 */
public record OutboxMessage(long id, String topic, String key, String eventType, String payload, String traceContext) {

    public OutboxMessage(long id, String topic, String key, String eventType, String payload) {
        this(id, topic, key, eventType, payload, null);
    }

    /** This message with the trace context of the command that made it. */
    public OutboxMessage tracedBy(String commandTraceContext) {
        return new OutboxMessage(id, topic, key, eventType, payload, commandTraceContext);
    }

    OutboxMessage stored(long newId) {
        return new OutboxMessage(newId, topic, key, eventType, payload, traceContext);
    }
}
