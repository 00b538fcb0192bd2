package io.baton.eventhandlers.event;

import io.baton.model.json.Json;
import io.baton.model.messaging.Topics;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A message as Conductor presents it to handlers. A Kafka record, as Conductor's Kafka event queue does:
 * {@code {key, headers, payload}}, the payload parsed as JSON when it is JSON and the text otherwise; its message id
 * names the record's place in its topic, so a redelivered record has the same id. A conductor event (an EVENT task's
 * message), as Conductor's own queues do: the payload itself, its id the sending task's id.
 *
 * @param enveloped whether the payload sits in the document's {@code payload} field (a Kafka record)
 */
public record EventMessage(String messageId, String event, Map<String, Object> document, boolean enveloped) {

    /** A record no handler can be given: it goes to the dead letters as it is, as no reading could fix it. */
    public static final class UnreadableRecord extends RuntimeException {
        UnreadableRecord(String message) {
            super(message);
        }
    }

    public static EventMessage of(ConsumerRecord<String, String> record) {
        if (record.topic().equals(Topics.CONDUCTOR_EVENTS)) {
            return conductorEvent(record);
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("key", record.key());
        document.put("headers", headers);
        document.put("payload", payload(record.value()));
        return new EventMessage(record.topic() + "/" + record.partition() + "/" + record.offset(),
                KafkaEventSource.EVENT_PREFIX + record.topic(), document, true);
    }

    /** The payload within this message's document or within one derived from it, such as its inline JSON expanded. */
    public Object payloadIn(Map<String, Object> document) {
        return enveloped ? document.get("payload") : document;
    }

    @SuppressWarnings("unchecked")
    private static EventMessage conductorEvent(ConsumerRecord<String, String> record) {
        String event = header(record, Topics.EVENT_NAME_HEADER);
        String messageId = header(record, Topics.MESSAGE_ID_HEADER);
        if (event == null || messageId == null) {
            throw new UnreadableRecord("a record on " + Topics.CONDUCTOR_EVENTS + " without its "
                    + Topics.EVENT_NAME_HEADER + " or " + Topics.MESSAGE_ID_HEADER + " header");
        }
        Map<String, Object> payload;
        try {
            payload = Json.read(record.value(), Map.class);
        } catch (RuntimeException notJson) {
            payload = null;
        }
        if (payload == null) {
            throw new UnreadableRecord("a record on " + Topics.CONDUCTOR_EVENTS + " whose value is not a JSON object");
        }
        return new EventMessage(messageId, event, payload, false);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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
