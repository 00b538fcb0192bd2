package io.baton.decider.core.task;

import io.baton.decider.core.workflow.DefinitionNavigator;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.LoopIteration;
import io.baton.model.task.Task;
import io.baton.model.workflow.WorkflowTask;
import java.util.List;

/** What one task type does when a task of it is scheduled. One class per type, registered in {@link TaskTypes}. */
public interface TaskTypeHandler {
    /**
     * Called once for a new task, already added to the workflow in status SCHEDULED: hand it to workers, or run it
     * right here and set its final status.
     */
    void start(WorkflowExecution execution, Task task);

    /**
     * The nodes to schedule once this task has finished successfully: by default the one after it in the definition;
     * types that hold tasks (SWITCH, FORK_JOIN) lead into them instead.
     */
    default List<WorkflowTask> next(WorkflowExecution execution, Task finished) {
        return DefinitionNavigator.nextAfter(execution.workflow().getWorkflowDefinition(),
                LoopIteration.definitionReference(finished)).stream().toList();
    }

    /**
     * True for types that lead into the tasks they hold as soon as they are scheduled (SWITCH, FORK_JOIN), so what
     * they lead into is scheduled right behind them, before the nodes that follow in the same pass: the order of
     * Conductor's task mappers, which map a fork's branches and a switch's case together with the fork or switch.
     */
    default boolean leadsOnWhenScheduled() {
        return false;
    }

    /**
     * Called for a task of this type still pending whenever the workflow moves, so a task that waits on others (JOIN)
     * can finish. @return true when it changed the task
     */
    default boolean reconsider(WorkflowExecution execution, Task task) {
        return false;
    }
}
