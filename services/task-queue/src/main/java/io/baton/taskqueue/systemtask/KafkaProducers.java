package io.baton.taskqueue.systemtask;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka producers for KAFKA_PUBLISH and EVENT tasks, one per distinct setting (as Conductor's KafkaProducerManager
 * keeps them), kept for the life of the service. Every send waits for all in-sync replicas (acks=all).
 */
@ApplicationScoped
public class KafkaProducers {
    /** Baton's defaults; Conductor's (100 ms, 500 ms) fail a first publish to a topic the broker has yet to create. */
    static final int DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
    static final int DEFAULT_MAX_BLOCK_MS = 10_000;

    /** What tells producers apart. */
    record Settings(String bootstrapServers, String keySerializer, int requestTimeoutMs, int maxBlockMs) {
        static Settings of(String bootstrapServers, String keySerializer, Integer requestTimeoutMs, Integer maxBlockMs) {
            return new Settings(bootstrapServers, keySerializer,
                    requestTimeoutMs == null ? DEFAULT_REQUEST_TIMEOUT_MS : requestTimeoutMs,
                    maxBlockMs == null ? DEFAULT_MAX_BLOCK_MS : maxBlockMs);
        }

        Properties properties() {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, keySerializer);
            properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeoutMs);
            // A send gives up after one request timeout, so a task's outcome comes well within its lease.
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, requestTimeoutMs);
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMs);
            return properties;
        }
    }

    private final Map<Settings, Producer<Object, String>> producers = new ConcurrentHashMap<>();

    /**
     * Sends and completes once the broker acknowledged the record. Off the caller's thread: a producer may block up
     * to its max.block.ms for the topic's metadata.
     */
    Uni<RecordMetadata> send(Settings settings, ProducerRecord<Object, String> record) {
        return Uni.createFrom().<RecordMetadata>emitter(emitter -> producer(settings).send(record, (metadata, failure) -> {
                    if (failure != null) {
                        emitter.fail(failure);
                    } else {
                        emitter.complete(metadata);
                    }
                }))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Producer<Object, String> producer(Settings settings) {
        return producers.computeIfAbsent(settings, key -> new KafkaProducer<>(key.properties()));
    }

    @PreDestroy
    void close() {
        producers.values().forEach(producer -> producer.close(Duration.ofSeconds(5)));
    }
}
