package io.baton.bench.cluster;

import io.baton.bench.cluster.BatonApi.PollResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Issue 5's event latency: an event handler on {@code kafka:<topic>} starts a workflow; a plain Kafka producer
 * publishes a message and a worker already waiting in a long poll receives the started workflow's first task.
 */
final class EventLatency {
    private final BatonApi api;
    private final String kafkaBootstrapServers;

    EventLatency(BatonApi api, String kafkaBootstrapServers) {
        this.api = api;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    List<Samples> run(int warmUp, int runs) throws InterruptedException {
        SingleTaskWorkflow workflow = SingleTaskWorkflow.register(api, "bench_event");
        String topic = "bench_events_" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/event", """
                {"name": "start_%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s", "correlationId": "${payload.run}"}}]}
                """.formatted(workflow.name(), topic, workflow.name()));
        WaitingWorker worker = new WaitingWorker(api);
        Samples sendToReceived = new Samples("event: message sent -> first task received");
        Samples sendToScheduled = new Samples("event: message sent -> task scheduledTime");
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < warmUp + runs; i++) {
                AtomicLong sentNanos = new AtomicLong();
                AtomicLong sentEpochMillis = new AtomicLong();
                String key = "run-" + i;
                String message = "{\"run\": \"" + key + "\"}";
                PollResponse received = worker.receiveAfter(workflow.taskType(), () -> {
                    sentNanos.set(System.nanoTime());
                    sentEpochMillis.set(System.currentTimeMillis());
                    producer.send(new ProducerRecord<>(topic, key, message));
                });
                if (i >= warmUp) {
                    sendToReceived.addNanos(received.receivedNanos() - sentNanos.get());
                    sendToScheduled.addMillis(received.task().path("scheduledTime").asLong() - sentEpochMillis.get());
                }
            }
        }
        return List.of(sendToReceived, sendToScheduled);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer());
    }
}
