package io.baton.taskqueue.systemtask;

import io.baton.model.json.Json;
import io.baton.model.messaging.Topics;
import io.baton.model.task.Task;
import io.baton.model.task.TaskType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * EVENT: sends the message the decider built (the task's output) to the queue it names in {@code event_produced}. A
 * {@code kafka:<topic>} queue is that topic on Baton's own Kafka, keyed by task id as Conductor's Kafka event queue
 * does; a {@code conductor:...} queue is the one {@link Topics#CONDUCTOR_EVENTS} topic, keyed by workflow id, the queue
 * and the message id (the task id, as in Conductor) in headers.
 */
@ApplicationScoped
public class EventTask implements SystemTask {
    private static final String KAFKA_QUEUE_PREFIX = "kafka:";
    private static final String CONDUCTOR_QUEUE_PREFIX = "conductor:";

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
                        record(task)))
                .map(sent -> Outcome.succeeded(task, task.getOutputData()))
                .onFailure().recoverWithItem(e -> Outcome.failed(e.getMessage(), task.getOutputData()));
    }

    /** The decider queues only tasks whose queue is {@code kafka:<topic>} or {@code conductor:...}. */
    private static ProducerRecord<Object, String> record(Task task) {
        String message = Json.write(task.getOutputData());
        Object queue = task.getOutputData().get("event_produced");
        if (queue instanceof String name && name.startsWith(KAFKA_QUEUE_PREFIX)) {
            return new ProducerRecord<>(name.substring(KAFKA_QUEUE_PREFIX.length()), task.getTaskId(), message);
        }
        if (queue instanceof String name && name.startsWith(CONDUCTOR_QUEUE_PREFIX)) {
            ProducerRecord<Object, String> record =
                    new ProducerRecord<>(Topics.CONDUCTOR_EVENTS, task.getWorkflowInstanceId(), message);
            record.headers().add(Topics.EVENT_NAME_HEADER, name.getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.MESSAGE_ID_HEADER, task.getTaskId().getBytes(StandardCharsets.UTF_8));
            return record;
        }
        throw new IllegalArgumentException("EVENT queue " + queue + " is not supported yet");
    }
}
