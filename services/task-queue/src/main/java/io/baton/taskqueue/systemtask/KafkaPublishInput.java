package io.baton.taskqueue.systemtask;

import io.baton.model.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A KAFKA_PUBLISH task's {@code kafka_request}, read as Conductor's KafkaPublishTask reads it. */
record KafkaPublishInput(String bootStrapServers, String topic, Object key, Object value, Map<String, Object> headers,
                         Integer requestTimeoutMs, Integer maxBlockMs, String keySerializer) {
    static final String REQUEST_PARAMETER = "kafka_request";
    /** The key serializers Conductor turns a key into the type of. */
    private static final List<String> KEY_SERIALIZERS = List.of(StringSerializer.class.getName(),
            LongSerializer.class.getName(), IntegerSerializer.class.getName());

    /** @throws IllegalArgumentException with Conductor's message for what is missing, or naming what is malformed */
    static KafkaPublishInput from(Map<String, Object> input) {
        Object request = input.get(REQUEST_PARAMETER);
        if (request == null) {
            throw new IllegalArgumentException("Missing Kafka request. Task input MUST have a '" + REQUEST_PARAMETER
                    + "' key with KafkaTask.Input as value. See documentation for KafkaTask for required input parameters");
        }
        KafkaPublishInput parsed;
        try {
            parsed = Json.mapper().convertValue(request, KafkaPublishInput.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Malformed Kafka request: " + e.getMessage(), e);
        }
        if (parsed.bootStrapServers() == null || parsed.bootStrapServers().isBlank()) {
            throw new IllegalArgumentException("No boot strap servers specified");
        }
        if (parsed.topic() == null || parsed.topic().isBlank()) {
            throw new IllegalArgumentException("Missing Kafka topic. See documentation for KafkaTask for required input parameters");
        }
        if (parsed.value() == null) {
            throw new IllegalArgumentException("Missing Kafka value.  See documentation for KafkaTask for required input parameters");
        }
        if (!KEY_SERIALIZERS.contains(parsed.keySerializerOrDefault())) {
            throw new IllegalArgumentException("Unsupported keySerializer " + parsed.keySerializer() + ": use one of "
                    + KEY_SERIALIZERS);
        }
        return parsed;
    }

    String keySerializerOrDefault() {
        return keySerializer == null ? StringSerializer.class.getName() : keySerializer;
    }

    KafkaProducers.Settings producerSettings() {
        return KafkaProducers.Settings.of(bootStrapServers, keySerializerOrDefault(), requestTimeoutMs, maxBlockMs);
    }

    /** The record as Conductor sends it: the value as JSON, the key as the type its serializer takes. */
    ProducerRecord<Object, String> record() {
        List<Header> recordHeaders = headers == null ? List.of() : headers.entrySet().stream()
                .map(header -> (Header) new RecordHeader(header.getKey(),
                        String.valueOf(header.getValue()).getBytes(StandardCharsets.UTF_8)))
                .toList();
        return new ProducerRecord<>(topic, null, null, typedKey(), Json.write(value), recordHeaders);
    }

    private Object typedKey() {
        if (key == null) {
            return null;
        }
        String text = String.valueOf(key);
        String serializer = keySerializerOrDefault();
        if (serializer.equals(LongSerializer.class.getName())) {
            return Long.parseLong(text);
        }
        return serializer.equals(IntegerSerializer.class.getName()) ? Integer.parseInt(text) : text;
    }
}
