package io.baton.service.kafka;

import io.baton.model.json.Json;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Builds the Kafka records Baton sends: a JSON value keyed by workflow id, optionally to a named topic with headers. */
public final class KeyedRecords {
    private KeyedRecords() {
    }

    public static Message<String> keyed(String key, Object value) {
        return Message.of(Json.write(value)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
    }

    /** A record of already written JSON for the given topic, with one header when headerValue is not null. */
    public static Message<String> toTopic(String topic, String key, String json, String headerName, String headerValue) {
        RecordHeaders headers = new RecordHeaders();
        if (headerValue != null) {
            headers.add(headerName, headerValue.getBytes(StandardCharsets.UTF_8));
        }
        return Message.of(json).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(key).withHeaders(headers).build());
    }
}
