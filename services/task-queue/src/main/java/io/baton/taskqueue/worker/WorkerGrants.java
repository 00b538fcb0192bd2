package io.baton.taskqueue.worker;

import io.baton.model.task.Task;
import io.baton.service.auth.Caller;
import io.baton.service.auth.CurrentCaller;
import io.baton.service.rest.ApiException;
import io.baton.taskqueue.queue.QueuedTaskStore;
import io.baton.taskqueue.task.DeciderTasks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A worker key touches only tasks of its granted types: a request naming a task by id is checked against the type
 * task-queue holds for it before anything changes, or the decider's task when it is on no queue (a WAIT or HUMAN task,
 * a finished one whose queue row was pruned). Other callers pass without a lookup.
 */
@ApplicationScoped
public class WorkerGrants {
    @Inject
    CurrentCaller current;

    @Inject
    QueuedTaskStore store;

    @Inject
    DeciderTasks deciderTasks;

    public Uni<Void> checkTask(String taskId) {
        Optional<Caller> worker = current.workerKey();
        if (worker.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (taskId == null || taskId.isBlank()) {
            throw ApiException.badRequest("taskId is required");
        }
        Caller caller = worker.get();
        return store.taskType(taskId)
                .flatMap(queued -> queued.isPresent() ? Uni.createFrom().item(queued)
                        : deciderTasks.find(taskId).map(task -> task.map(Task::getTaskType)))
                .invoke(type -> caller.checkTaskType(type.orElseThrow(() ->
                        caller.forbidden("a granted task type for task " + taskId + ", which does not exist"))))
                .replaceWithVoid();
    }
}
