package io.baton.taskqueue.systemtask;

import io.baton.model.task.Task;
import io.baton.model.task.TaskType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** KAFKA_PUBLISH: sends the task's {@code kafka_request} to the cluster it names; done once the broker acknowledges. */
@ApplicationScoped
public class KafkaPublishTask implements SystemTask {
    @Inject
    KafkaProducers producers;

    @Override
    public String type() {
        return TaskType.KAFKA_PUBLISH;
    }

    @Override
    public Uni<Outcome> run(Task task) {
        return Uni.createFrom().deferred(() -> {
                    KafkaPublishInput input = KafkaPublishInput.from(task.getInputData());
                    return producers.send(input.producerSettings(), input.record());
                })
                .map(sent -> Outcome.succeeded(task, Map.of()))
                .onFailure(IllegalArgumentException.class).recoverWithItem(e -> Outcome.failed(e.getMessage(), Map.of()))
                .onFailure().recoverWithItem(e -> Outcome.failed("Failed to invoke kafka task due to: " + e.getMessage(),
                        Map.of()));
    }
}
