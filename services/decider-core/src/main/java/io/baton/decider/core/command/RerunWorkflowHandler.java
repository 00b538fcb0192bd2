package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.task.TaskTypes;
import io.baton.decider.core.workflow.DefinitionNavigator;
import io.baton.decider.core.workflow.Progression;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.RerunWorkflow;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * RerunWorkflow: an ended workflow runs again from one of its tasks, as Conductor reruns it: the tasks scheduled after
 * that one are dropped, the task itself (same id) starts again, with new input if given, and the workflow moves on from
 * it. Without a task id, every task is dropped and it runs from its first task. New workflow input and correlation id
 * replace the old ones when given. A rerun from a task in a fork branch is not supported yet.
 */
public final class RerunWorkflowHandler {
    private final Progression progression;
    private final TaskTypes taskTypes;

    public RerunWorkflowHandler(Progression progression, TaskTypes taskTypes) {
        this.progression = progression;
        this.taskTypes = taskTypes;
    }

    public Decision apply(WorkflowExecution execution, RerunWorkflow command) {
        Workflow workflow = execution.workflow();
        if (!workflow.getStatus().isTerminal()) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + workflow.getStatus() + ", not ended");
        }
        Optional<Task> from = Optional.ofNullable(command.reRunFromTaskId()).flatMap(execution::task);
        if (command.reRunFromTaskId() != null && from.isEmpty()) {
            return Decision.ignored("workflow " + command.workflowId() + " has no task " + command.reRunFromTaskId());
        }
        if (from.isPresent() && DefinitionNavigator.inForkBranch(workflow.getWorkflowDefinition(),
                from.get().getReferenceTaskName())) {
            // The other branches and the JOIN scheduled after it would be dropped and never come back.
            return Decision.ignored("rerun from task " + command.reRunFromTaskId() + " in a fork branch is not supported");
        }
        if (command.workflowInput() != null) {
            workflow.setInput(new LinkedHashMap<>(command.workflowInput()));
        }
        if (command.correlationId() != null) {
            workflow.setCorrelationId(command.correlationId());
        }
        if (from.isEmpty()) {
            Reopening.dropAllTasks(execution);
            Reopening.reopen(execution, WorkflowStatusEvent.RERAN);
            progression.begin(execution);
            return execution.decision();
        }
        Task task = from.get();
        List.copyOf(workflow.getTasks()).stream().filter(later -> later.getSeq() > task.getSeq())
                .forEach(execution::removeTask);
        Reopening.reopen(execution, WorkflowStatusEvent.RERAN);
        runAgain(execution, task, command);
        progression.advance(execution);
        return execution.decision();
    }

    private void runAgain(WorkflowExecution execution, Task task, RerunWorkflow command) {
        task.setStatus(TaskStatus.SCHEDULED);
        task.setScheduledTime(execution.now());
        task.setStartTime(0);
        task.setEndTime(0);
        task.setOutputData(new LinkedHashMap<>());
        task.setRetried(false);
        task.setExecuted(false);
        task.setPollCount(0);
        task.setCallbackAfterSeconds(0);
        task.setWorkerId(null);
        task.setReasonForIncompletion(null);
        if (command.taskInput() != null) {
            task.setInputData(new LinkedHashMap<>(command.taskInput()));
        }
        taskTypes.handlerFor(task.getWorkflowTask()).start(execution, task);
    }
}
