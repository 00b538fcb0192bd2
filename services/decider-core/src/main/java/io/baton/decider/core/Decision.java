package io.baton.decider.core;

import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.task.Task;
import io.baton.model.workflow.Workflow;
import java.util.List;

/**
 * What applying one command decided: the new state and everything to send because of it.
 *
 * @param workflow     the workflow after the command, with all its tasks; null when the command was ignored
 * @param changedTasks the tasks the command created or changed: the only task rows to write
 * @param dispatches   messages for task-queue
 * @param events       status events to publish
 * @param timers       timers to set, replacing those the command made stale
 * @param ignoredBecause why the command changed nothing (duplicate, unknown task, workflow already over); null if applied
 */
public record Decision(
        Workflow workflow,
        List<Task> changedTasks,
        List<TaskDispatch> dispatches,
        List<StatusEvent> events,
        Timers timers,
        String ignoredBecause) {

    public static Decision ignored(String reason) {
        return new Decision(null, List.of(), List.of(), List.of(), Timers.NONE, reason);
    }

    public boolean applied() {
        return ignoredBecause == null;
    }
}
