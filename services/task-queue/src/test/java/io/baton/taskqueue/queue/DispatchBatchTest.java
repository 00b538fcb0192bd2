package io.baton.taskqueue.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.BatonInfraResource;
import io.baton.taskqueue.TaskDispatches;
import io.baton.model.json.Json;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.task.Task;
import io.baton.taskqueue.queue.QueuedTaskStore.QueuedTask;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A poll of dispatches, handed to the consumer as Kafka hands it over: stored in order in one transaction. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class DispatchBatchTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    DispatchConsumer consumer;

    @Inject
    QueuedTaskStore store;

    @Test
    void shouldStoreAPollsDispatchesInOrderSkippingAnUnreadableOne() {
        // given
        String queueName = "dispatch_batch_" + UUID.randomUUID().toString().replace("-", "");
        Task withdrawn = TaskDispatches.workerTask(queueName);
        Task offered = TaskDispatches.workerTask(queueName);

        // when: the first task is offered, then withdrawn, in the same poll
        consumer.onDispatches(List.of(write(scheduled(queueName, withdrawn)), "{not json",
                write(scheduled(queueName, offered)),
                write(new TaskCanceled(UUID.randomUUID().toString(), withdrawn.getWorkflowInstanceId(),
                        withdrawn.getTaskId(), queueName)))).await().atMost(WAIT);

        // then
        QueuedTask first = store.find(withdrawn.getTaskId()).await().atMost(WAIT).orElseThrow();
        assertTrue(first.done() && first.withdrawn(), first.toString());
        assertEquals("QUEUED", store.find(offered.getTaskId()).await().atMost(WAIT).orElseThrow().state());
    }

    private static String write(TaskDispatch dispatch) {
        return Json.write(dispatch);
    }

    private static TaskScheduled scheduled(String queueName, Task task) {
        return new TaskScheduled(UUID.randomUUID().toString(), task.getWorkflowInstanceId(), queueName,
                System.currentTimeMillis(), task);
    }
}
