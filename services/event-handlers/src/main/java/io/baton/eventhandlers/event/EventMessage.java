package io.baton.eventhandlers.event;

import io.baton.model.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A Kafka record as Conductor's Kafka event queue presents it to handlers: {@code {key, headers, payload}}, the payload
 * parsed as JSON when it is JSON and the text otherwise. The message id names the record's place in its topic, so a
 * redelivered record has the same id.
 */
public record EventMessage(String messageId, String event, Map<String, Object> document) {

    public static EventMessage of(ConsumerRecord<String, String> record) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("key", record.key());
        document.put("headers", headers);
        document.put("payload", payload(record.value()));
        return new EventMessage(record.topic() + "/" + record.partition() + "/" + record.offset(),
                KafkaEventSource.EVENT_PREFIX + record.topic(), document);
    }

    private static Object payload(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Json.read(value, Object.class);
        } catch (RuntimeException notJson) {
            return value;
        }
    }
}
