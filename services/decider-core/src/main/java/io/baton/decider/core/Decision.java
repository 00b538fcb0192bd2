package io.baton.decider.core;

import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.workflow.Workflow;
import java.util.List;

/**
 * What applying one command decided: the new state and everything to send because of it.
 *
 * @param workflow     the workflow after the command, with all its tasks; null when the command was ignored or
 *                     created no workflow (a refused start)
 * @param changedTasks the tasks the command created or changed: the only task rows to write
 * @param dispatches   messages for task-queue
 * @param events       status events to publish
 * @param commands     commands for other workflows (start a child, terminate a child, tell a parent), each keyed by
 *                     its own workflow id
 * @param ignoredBecause why the command changed nothing (duplicate, unknown task, workflow already over); null if applied
 */
public record Decision(
        Workflow workflow,
        List<Task> changedTasks,
        List<TaskDispatch> dispatches,
        List<StatusEvent> events,
        List<WorkflowCommand> commands,
        String ignoredBecause) {

    public static Decision ignored(String reason) {
        return new Decision(null, List.of(), List.of(), List.of(), List.of(), reason);
    }

    /** A command that changes no workflow's state but tells other workflows something. */
    public static Decision onlyCommands(List<WorkflowCommand> commands) {
        return new Decision(null, List.of(), List.of(), List.of(), List.copyOf(commands), null);
    }

    public boolean applied() {
        return ignoredBecause == null;
    }
}
