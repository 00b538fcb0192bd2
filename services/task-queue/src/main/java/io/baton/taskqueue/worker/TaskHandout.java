package io.baton.taskqueue.worker;

import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.task.Task;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Hands tasks to a worker: leases them in PostgreSQL, tells the decider the worker took them, and only then returns
 * them, so the workflow shows who works on what.
 */
@ApplicationScoped
public class TaskHandout {
    @Inject
    QueuedTaskStore store;

    @Inject
    Commands commands;

    /** Up to {@code count} tasks of the queue, at once; none when none is ready. */
    public Uni<List<Task>> take(String queueName, String workerId, int count) {
        long now = System.currentTimeMillis();
        return store.take(queueName, workerId, count, now).flatMap(tasks -> tasks.isEmpty()
                ? Uni.createFrom().item(tasks)
                : Uni.join().all(tasks.stream().map(task -> commands.send(new RecordTaskPoll(
                                UUID.randomUUID().toString(), task.getWorkflowInstanceId(), now, task.getTaskId(), workerId)))
                                .toList())
                        .andFailFast()
                        .replaceWith(tasks)
                        // The workers never got them: put them back rather than leave them leased to nobody.
                        .onFailure().call(e -> store.release(tasks.stream().map(Task::getTaskId).toList())));
    }
}
