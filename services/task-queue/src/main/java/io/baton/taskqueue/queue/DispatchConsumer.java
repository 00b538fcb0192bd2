package io.baton.taskqueue.queue;

import io.baton.model.json.Json;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.service.shutdown.ConsumerDrain;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Reads baton.task-dispatch into the queues; the offset is committed once the task is stored. */
@ApplicationScoped
public class DispatchConsumer {
    private static final Logger LOG = Logger.getLogger(DispatchConsumer.class);

    @Inject
    QueuedTaskStore store;

    @Inject
    QueueSignals signals;

    @Inject
    ConsumerDrain drain;

    @Incoming("dispatch")
    public Uni<Void> onDispatch(String json) {
        TaskDispatch dispatch;
        try {
            dispatch = Json.read(json, TaskDispatch.class);
        } catch (IllegalArgumentException e) {
            LOG.errorf("Skipping unreadable dispatch: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return drain.admit(() -> switch (dispatch) {
            case TaskScheduled scheduled -> untilStored(scheduled.task().getTaskId(), store.offer(scheduled)
                    .invoke(stored -> signals.taskArrived(scheduled.queueName())));
            // Done: no poll offers it again, and a worker's late result for it is refused without reaching the decider.
            case TaskCanceled canceled -> untilStored(canceled.taskId(), store.withdraw(canceled.taskId()));
        });
    }

    /** The database being away is no reason to drop a dispatch: retry until it is back. */
    private static Uni<Void> untilStored(String taskId, Uni<?> write) {
        return write
                .onFailure().invoke(e -> LOG.warnf("Storing task %s failed, retrying: %s", taskId, e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(50), Duration.ofSeconds(5)).indefinitely()
                .replaceWithVoid();
    }
}
