package io.baton.taskqueue.systemtask;

import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.model.task.TaskType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * EVENT with a {@code kafka:<topic>} sink: sends the message the decider built (the task's output) to the topic on
 * Baton's own Kafka, keyed by task id as Conductor's Kafka event queue does.
 */
@ApplicationScoped
public class EventTask implements SystemTask {
    private static final String KAFKA_SINK_PREFIX = "kafka:";

    @Inject
    KafkaProducers producers;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Override
    public String type() {
        return TaskType.EVENT;
    }

    @Override
    public Uni<Outcome> run(Task task) {
        return Uni.createFrom().deferred(() -> producers.send(
                        KafkaProducers.Settings.of(bootstrapServers, StringSerializer.class.getName(), null, null),
                        new ProducerRecord<>(topic(task), task.getTaskId(), Json.write(task.getOutputData()))))
                .map(sent -> Outcome.succeeded(task, task.getOutputData()))
                .onFailure().recoverWithItem(e -> Outcome.failed(e.getMessage(), task.getOutputData()));
    }

    /** The decider queues only tasks whose sink is {@code kafka:<topic>}. */
    private static String topic(Task task) {
        Object sink = task.getInputData().get("sink");
        if (!(sink instanceof String text) || !text.startsWith(KAFKA_SINK_PREFIX)) {
            throw new IllegalArgumentException("EVENT sink " + sink + " is not supported yet");
        }
        return text.substring(KAFKA_SINK_PREFIX.length());
    }
}
