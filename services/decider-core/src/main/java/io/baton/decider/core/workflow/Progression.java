package io.baton.decider.core.workflow;

import io.baton.decider.core.task.Retries;
import io.baton.decider.core.task.TaskFactory;
import io.baton.decider.core.task.TaskTypeHandler;
import io.baton.decider.core.task.TaskTypes;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.Comparator;
import java.util.List;

/**
 * Moves a running workflow forward after a command changed it: each task that ended since the last pass is retried,
 * excused (optional) or followed by the next task of the definition; a task that fails for good ends the workflow;
 * when nothing is left to run, the workflow completes. Only finished tasks are looked at, not the whole history.
 */
public final class Progression {
    private final TaskTypes taskTypes;

    public Progression(TaskTypes taskTypes) {
        this.taskTypes = taskTypes;
    }

    /** Schedules the first task of a new workflow, then moves on as far as it can. */
    public void begin(WorkflowExecution execution) {
        Workflow workflow = execution.workflow();
        DefinitionNavigator.first(workflow.getWorkflowDefinition())
                .ifPresent(first -> schedule(execution, first, 0));
        advance(execution);
    }

    public void advance(WorkflowExecution execution) {
        Workflow workflow = execution.workflow();
        boolean progressed = true;
        // Tasks that finish as they start (system tasks) let one pass schedule more work; loop until quiet.
        while (progressed && workflow.getStatus() == WorkflowStatus.RUNNING) {
            progressed = false;
            for (Task task : finishedNotYetHandled(workflow)) {
                progressed = true;
                if (!handleFinished(execution, task)) {
                    return;
                }
            }
            progressed |= scheduleRequested(execution);
            // A task that waits on others (JOIN) may be able to finish now; it is handled on the next pass.
            progressed |= reconsiderPending(execution);
        }
        if (workflow.getStatus() == WorkflowStatus.RUNNING
                && workflow.getTasks().stream().allMatch(t -> t.getStatus().isTerminal())) {
            WorkflowOutcome.complete(execution);
        }
    }

    /** @return false when the task ended the workflow */
    private boolean handleFinished(WorkflowExecution execution, Task task) {
        if (!task.getStatus().isSuccessful()) {
            if (Retries.retry(execution, task, taskTypes)) {
                return true;
            }
            if (task.getWorkflowTask() != null && task.getWorkflowTask().isOptional()) {
                task.setStatus(TaskStatus.COMPLETED_WITH_ERRORS);
                execution.taskStatusChanged(task);
            } else {
                task.setExecuted(true);
                execution.taskChanged(task);
                WorkflowOutcome.failBecauseOf(execution, task);
                return false;
            }
        }
        task.setExecuted(true);
        execution.taskChanged(task);
        // The task's type says where to go next: usually the following node, into a case or branches for SWITCH/FORK.
        // A task started here may end the workflow (TERMINATE); nothing is scheduled after that.
        for (WorkflowTask next : taskTypes.handlerFor(task.getWorkflowTask()).next(execution, task)) {
            if (execution.workflow().getStatus() != WorkflowStatus.RUNNING) {
                return false;
            }
            schedule(execution, next, TaskFactory.iterationCarriedOn(task));
        }
        return execution.workflow().getStatus() == WorkflowStatus.RUNNING;
    }

    private boolean reconsiderPending(WorkflowExecution execution) {
        boolean changed = false;
        for (Task task : List.copyOf(execution.workflow().getTasks())) {
            if (!task.getStatus().isTerminal() && task.getWorkflowTask() != null) {
                changed |= taskTypes.handlerFor(task.getWorkflowTask()).reconsider(execution, task);
            }
        }
        return changed;
    }

    /** Schedules what tasks asked for while they ran (a DO_WHILE's iteration). @return true when there was any */
    private boolean scheduleRequested(WorkflowExecution execution) {
        List<WorkflowExecution.ScheduleRequest> requests = execution.takeScheduleRequests();
        for (WorkflowExecution.ScheduleRequest request : requests) {
            if (execution.workflow().getStatus() == WorkflowStatus.RUNNING) {
                schedule(execution, request.node(), request.iteration());
            }
        }
        return !requests.isEmpty();
    }

    private void schedule(WorkflowExecution execution, WorkflowTask node, int iteration) {
        if (wasSkipped(execution.workflow(), node)) {
            // As Conductor's getNextTask, a skipped task is passed over for the one after it.
            DefinitionNavigator.nextAfter(execution.workflow().getWorkflowDefinition(), node.getTaskReferenceName())
                    .ifPresent(next -> schedule(execution, next, iteration));
            return;
        }
        Task task = TaskFactory.create(execution, node, iteration, 0, null);
        execution.addTask(task);
        TaskTypeHandler handler = taskTypes.handlerFor(node);
        handler.start(execution, task);
        if (handler.leadsOnWhenScheduled() && task.getStatus().isTerminal()) {
            handleFinished(execution, task);
        }
    }

    private static boolean wasSkipped(Workflow workflow, WorkflowTask node) {
        return workflow.getTasks().stream().anyMatch(t -> t.getStatus() == TaskStatus.SKIPPED
                && node.getTaskReferenceName().equals(t.getReferenceTaskName()));
    }

    /** A SKIPPED task leads nowhere by itself: the workflow passes over it when it reaches it. */
    private static List<Task> finishedNotYetHandled(Workflow workflow) {
        return workflow.getTasks().stream()
                .filter(t -> t.getStatus().isTerminal() && t.getStatus() != TaskStatus.SKIPPED && !t.isExecuted()
                        && !t.isRetried())
                .sorted(Comparator.comparingInt(Task::getSeq))
                .toList();
    }
}
