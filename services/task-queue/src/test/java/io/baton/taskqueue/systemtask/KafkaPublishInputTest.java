package io.baton.taskqueue.systemtask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class KafkaPublishInputTest {

    @Test
    void shouldBuildTheRecordAsConductorSendsIt() {
        KafkaPublishInput input = KafkaPublishInput.from(Map.of("kafka_request", Map.of("bootStrapServers", "k:9092",
                "topic", "orders", "key", 7, "value", Map.of("id", 7), "headers", Map.of("source", "baton", "n", 1))));

        ProducerRecord<Object, String> record = input.record();
        assertEquals("orders", record.topic());
        assertEquals("7", record.key());
        assertEquals("{\"id\":7}", record.value());
        assertNull(record.partition());
        assertArrayEquals("baton".getBytes(StandardCharsets.UTF_8), record.headers().lastHeader("source").value());
        assertArrayEquals("1".getBytes(StandardCharsets.UTF_8), record.headers().lastHeader("n").value());
        assertEquals(KafkaProducers.Settings.of("k:9092", "org.apache.kafka.common.serialization.StringSerializer",
                null, null), input.producerSettings());
    }

    @Test
    void shouldSendAStringValueAsJsonAndAKeyAsTheTypeItsSerializerTakes() {
        KafkaPublishInput input = KafkaPublishInput.from(Map.of("kafka_request", Map.of("bootStrapServers", "k:9092",
                "topic", "t", "key", "12", "value", "hi", "requestTimeoutMs", 100, "maxBlockMs", 200,
                "keySerializer", "org.apache.kafka.common.serialization.LongSerializer")));

        assertEquals(12L, input.record().key());
        assertEquals("\"hi\"", input.record().value());
        assertEquals(100, input.producerSettings().requestTimeoutMs());
        assertEquals(200, input.producerSettings().maxBlockMs());
    }

    @Test
    void shouldNameWhatIsMissingAsConductorDoes() {
        assertTrue(message(Map.of()).startsWith("Missing Kafka request."));
        assertEquals("No boot strap servers specified", message(Map.of("kafka_request", Map.of("topic", "t"))));
        assertTrue(message(Map.of("kafka_request", Map.of("bootStrapServers", "k:9092")))
                .startsWith("Missing Kafka topic."));
        assertTrue(message(Map.of("kafka_request", Map.of("bootStrapServers", "k:9092", "topic", "t")))
                .startsWith("Missing Kafka value."));
        assertTrue(message(Map.of("kafka_request", Map.of("bootStrapServers", "k:9092", "topic", "t", "value", 1,
                "keySerializer", "com.example.Mine"))).contains("com.example.Mine"));
    }

    private static String message(Map<String, Object> input) {
        return assertThrows(IllegalArgumentException.class, () -> KafkaPublishInput.from(input)).getMessage();
    }
}
