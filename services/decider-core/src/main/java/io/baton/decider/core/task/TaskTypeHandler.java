package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;

/** What one task type does when a task of it is scheduled. One class per type, registered in {@link TaskTypes}. */
public interface TaskTypeHandler {
    /**
     * Called once for a new task, already added to the workflow in status SCHEDULED: hand it to workers, or run it
     * right here and set its final status.
     */
    void start(WorkflowExecution execution, Task task);
}
