package io.baton.taskqueue.queue;

import io.baton.model.json.Json;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.TasksRemoved;
import io.baton.service.shutdown.ConsumerDrain;
import io.baton.taskqueue.task.TaskLogStore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads baton.task-dispatch into the queues a poll at a time: a poll's dispatches are stored in order in one
 * transaction, and the offsets are committed once it is. The logs of tasks the decider deleted go the same way.
 */
@ApplicationScoped
public class DispatchConsumer {
    private static final Logger LOG = Logger.getLogger(DispatchConsumer.class);

    @Inject
    Pool pool;

    @Inject
    QueuedTaskStore store;

    @Inject
    QueueSignals signals;

    @Inject
    TaskLogStore logs;

    @Inject
    ConsumerDrain drain;

    @Incoming("dispatch")
    public Uni<Void> onDispatches(List<String> jsons) {
        List<TaskDispatch> dispatches = readable(jsons);
        if (dispatches.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // The database being away is no reason to drop a dispatch: retry until it is back.
        return drain.admit(() -> pool.withTransaction(connection -> Multi.createFrom().iterable(dispatches)
                        .onItem().transformToUniAndConcatenate(dispatch -> store(connection, dispatch))
                        .collect().last())
                .onFailure().invoke(e -> LOG.warnf("Storing %d dispatches failed, retrying: %s", dispatches.size(),
                        e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(50), Duration.ofSeconds(5)).indefinitely()
                .invoke(stored -> dispatches.stream()
                        .filter(TaskScheduled.class::isInstance)
                        .map(dispatch -> ((TaskScheduled) dispatch).queueName())
                        .distinct()
                        .forEach(signals::taskArrived))
                .replaceWithVoid());
    }

    private Uni<?> store(SqlConnection connection, TaskDispatch dispatch) {
        return switch (dispatch) {
            case TaskScheduled scheduled -> store.offer(connection, scheduled);
            // Done: no poll offers it again, and a worker's late result for it is refused without reaching the decider.
            case TaskCanceled canceled -> store.withdraw(connection, canceled.taskId());
            // The queue rows of these tasks go with the retention's next round (FinishedTaskRetention); their logs
            // have no other end.
            case TasksRemoved removed -> logs.deleteOf(connection, removed.taskIds());
        };
    }

    private static List<TaskDispatch> readable(List<String> jsons) {
        List<TaskDispatch> dispatches = new ArrayList<>(jsons.size());
        for (String json : jsons) {
            try {
                dispatches.add(Json.read(json, TaskDispatch.class));
            } catch (IllegalArgumentException e) {
                LOG.errorf("Skipping unreadable dispatch: %s", e.getMessage());
            }
        }
        return dispatches;
    }
}
