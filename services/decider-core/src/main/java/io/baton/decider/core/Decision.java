package io.baton.decider.core;

import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.workflow.Workflow;
import java.util.List;
import java.util.Set;

/**
 * What applying one command decided: the new state and everything to send because of it.
 *
 * @param workflow     the workflow after the command, with all its tasks; null when the command was ignored or
 *                     created or removed no workflow (a refused start, a removal)
 * @param workflowChanged true when the command changed the workflow itself, not only its tasks: its row is written
 *                     only then (a worker's poll changes only the task, as in Conductor, whose poll updates the task
 *                     and leaves the workflow's updateTime)
 * @param definitionReplaced true when the command gave the workflow its definition (a start) or another one (a restart
 *                     with the latest definitions): the definition is stored only then
 * @param changedTasks the tasks the command created or changed: the only task rows to write
 * @param removedTaskIds the tasks the command dropped from the workflow (restart, rerun): rows to delete
 * @param dispatches   messages for task-queue
 * @param events       status events to publish
 * @param commands     commands for other workflows (start a child, terminate a child, tell a parent), each keyed by
 *                     its own workflow id
 * @param timers       timers to set, replacing those the command made stale
 * @param removesWorkflow true when the workflow and all its task rows are to be deleted
 * @param ignoredBecause why the command changed nothing (duplicate, unknown task, workflow already over); null if applied
 * @param taskDefsNeeded names of registered task definitions the decision read but was not given (see
 *                       {@link TaskDefLookup}): while any are listed, the decision is provisional, to be made again
 *                       with them looked up
 */
public record Decision(
        Workflow workflow,
        boolean workflowChanged,
        boolean definitionReplaced,
        List<Task> changedTasks,
        List<String> removedTaskIds,
        List<TaskDispatch> dispatches,
        List<StatusEvent> events,
        List<WorkflowCommand> commands,
        Timers timers,
        boolean removesWorkflow,
        String ignoredBecause,
        Set<String> taskDefsNeeded) {

    public static Decision ignored(String reason) {
        return new Decision(null, false, false, List.of(), List.of(), List.of(), List.of(), List.of(), Timers.NONE, false, reason,
                Set.of());
    }

    /** A command that changes no workflow's state but tells other workflows something. */
    public static Decision onlyCommands(List<WorkflowCommand> commands) {
        return new Decision(null, false, false, List.of(), List.of(), List.of(), List.of(), List.copyOf(commands), Timers.NONE, false,
                null, Set.of());
    }

    /** The workflow and all its tasks (and timers) are deleted; the dispatches withdraw its pending tasks. */
    public static Decision removed(List<TaskDispatch> dispatches) {
        return new Decision(null, false, false, List.of(), List.of(), dispatches, List.of(), List.of(), Timers.ALL_CLEARED, true,
                null, Set.of());
    }

    public boolean applied() {
        return ignoredBecause == null;
    }
}
