package io.baton.decider.core;

import io.baton.model.task.Task;
import io.baton.model.workflow.Workflow;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of one workflow that a run of its decisions changes, to write once: the workflow as the last decision left
 * it (when any decision changed more than its tasks), each changed task in its last state, the tasks dropped, and the
 * timers the run leaves. Several commands of one workflow in a Kafka poll (a worker's poll and its result, say) then
 * cost one write per row, not one per command.
 */
public final class WorkflowRows {
    private boolean removedFirst;
    private Workflow workflow;
    private boolean workflowChanged;
    private boolean definitionReplaced;
    private final Set<String> changedTaskIds = new LinkedHashSet<>();
    private final Set<String> removedTaskIds = new LinkedHashSet<>();
    private Timers timers = Timers.NONE;

    /** Adds the next decision on this workflow; one that was not applied, or changed no row, changes nothing. */
    public void add(Decision decision) {
        if (!decision.applied()) {
            return;
        }
        if (decision.removesWorkflow()) {
            removedFirst = true;
            workflow = null;
            workflowChanged = false;
            definitionReplaced = false;
            changedTaskIds.clear();
            removedTaskIds.clear();
            timers = decision.timers();
            return;
        }
        Workflow next = decision.workflow();
        if (next == null) {
            return;
        }
        if (removedFirst && workflow == null) {
            // Written again after its removal in the same run: the removal deletes every row, so all are written anew.
            workflowChanged = true;
            definitionReplaced = true;
            next.getTasks().forEach(task -> changedTaskIds.add(task.getTaskId()));
        }
        workflow = next;
        workflowChanged |= decision.workflowChanged();
        definitionReplaced |= decision.definitionReplaced();
        for (String taskId : decision.removedTaskIds()) {
            changedTaskIds.remove(taskId);
            removedTaskIds.add(taskId);
        }
        for (Task task : decision.changedTasks()) {
            removedTaskIds.remove(task.getTaskId());
            changedTaskIds.add(task.getTaskId());
        }
        timers = timers.then(decision.timers());
    }

    /** True when the workflow's rows (and timers) are deleted before anything else of this run is written. */
    public boolean removedFirst() {
        return removedFirst;
    }

    /** The workflow to write, with all its tasks; null when there is none (removed, or never created). */
    public Workflow workflow() {
        return workflow;
    }

    /** True when the workflow's own row is to be written: a decision changed more than its tasks. */
    public boolean workflowChanged() {
        return workflowChanged;
    }

    /** True when the run gave the workflow a definition to store (a start, a restart on the latest definition). */
    public boolean definitionReplaced() {
        return definitionReplaced;
    }

    /** The tasks created or changed in the run, in their last state, in the workflow's order. */
    public List<Task> changedTasks() {
        if (workflow == null) {
            return List.of();
        }
        return workflow.getTasks().stream().filter(task -> changedTaskIds.contains(task.getTaskId())).toList();
    }

    /** The tasks the run dropped from the workflow: rows to delete. */
    public List<String> removedTaskIds() {
        return List.copyOf(removedTaskIds);
    }

    /** The timers to set, replacing those the run made stale. */
    public Timers timers() {
        return timers;
    }
}
