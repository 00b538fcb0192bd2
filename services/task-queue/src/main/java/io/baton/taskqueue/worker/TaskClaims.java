package io.baton.taskqueue.worker;

import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.task.Task;
import io.baton.service.rest.RunToEnd;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Takes tasks off a queue for a worker, as a poll does: leases them in PostgreSQL, tells the decider the worker took
 * them, and only then hands them out, so the workflow shows who works on what. Polls and the system-task runner both
 * claim this way.
 */
@ApplicationScoped
public class TaskClaims {
    @Inject
    QueuedTaskStore store;

    @Inject
    Commands commands;

    /**
     * A claim, once begun, runs to its end even when its worker hangs up ({@link RunToEnd}): cut off between the
     * take's commit and the decider's record, it would leave tasks taken by nobody and never offered again. A worker
     * gone before the take commits gets nothing: its tasks go straight back.
     *
     * @param leaseMs how long the system-task runner may hold each task before it is offered again, or null for a
     *                worker's poll, which holds no lease (the decider times out a silent worker's task)
     */
    public Uni<List<Task>> claim(String queueName, String workerId, int count, Long leaseMs) {
        return RunToEnd.run(callerGone -> take(queueName, workerId, count, leaseMs, callerGone));
    }

    private Uni<List<Task>> take(String queueName, String workerId, int count, Long leaseMs, BooleanSupplier callerGone) {
        long now = System.currentTimeMillis();
        return store.take(queueName, workerId, count, now, leaseMs).flatMap(tasks -> {
            if (tasks.isEmpty()) {
                return Uni.createFrom().item(tasks);
            }
            List<String> taskIds = tasks.stream().map(Task::getTaskId).toList();
            if (callerGone.getAsBoolean()) {
                return store.release(taskIds).replaceWith(List.of());
            }
            return Uni.join().all(tasks.stream().map(task -> commands.send(new RecordTaskPoll(
                            UUID.randomUUID().toString(), task.getWorkflowInstanceId(), now, task.getTaskId(), workerId)))
                            .toList())
                    .andFailFast()
                    .replaceWith(tasks)
                    // The worker never got them: put them back rather than leave them leased to nobody.
                    .onFailure().call(e -> store.release(taskIds));
        });
    }
}
