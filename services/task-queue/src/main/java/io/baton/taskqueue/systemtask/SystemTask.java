package io.baton.taskqueue.systemtask;

import io.baton.model.task.Task;
import io.smallrye.mutiny.Uni;

/**
 * A system task type that does I/O, which task-queue runs in place of a worker: the decider queues its tasks on the
 * queue named after the type, and {@link SystemTaskRunner} claims, runs and reports them.
 */
public interface SystemTask {
    /** The task type, which is also the name of its queue. */
    String type();

    /** Runs the task without blocking the caller; a failure is an {@link Outcome}, never a failed Uni. */
    Uni<Outcome> run(Task task);
}
