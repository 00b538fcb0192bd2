package io.baton.decider.outbox;

/** One message waiting in the outbox for Kafka's acknowledgement. */
public record OutboxMessage(long id, String topic, String key, String eventType, String payload) {

    OutboxMessage withId(long newId) {
        return new OutboxMessage(newId, topic, key, eventType, payload);
    }
}
