package io.baton.decider.core.workflow;

import io.baton.decider.core.expression.ParameterResolver;
import io.baton.decider.core.task.TaskLifecycle;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a workflow ends: its final status, reason and output. */
public final class WorkflowOutcome {
    private WorkflowOutcome() {
    }

    public static void complete(WorkflowExecution execution) {
        Workflow workflow = execution.workflow();
        workflow.setStatus(WorkflowStatus.COMPLETED);
        end(execution, output(execution), false);
    }

    /** Ends the workflow because a task failed for good; the status follows Conductor's mapping of the task status. */
    public static void failBecauseOf(WorkflowExecution execution, Task task) {
        Workflow workflow = execution.workflow();
        workflow.setStatus(switch (task.getStatus()) {
            case CANCELED -> WorkflowStatus.TERMINATED;
            case TIMED_OUT -> WorkflowStatus.TIMED_OUT;
            default -> WorkflowStatus.FAILED;
        });
        workflow.setReasonForIncompletion("Task " + task.getTaskId() + " failed with status: " + task.getStatus()
                + " and reason: '" + task.getReasonForIncompletion() + "'");
        recordFailedTask(workflow, task);
        cancelPendingTasks(execution);
        end(execution, output(execution), true);
    }

    /** Ends the workflow because a user terminated it: pending tasks canceled, TERMINATED with the given reason. */
    public static void terminate(WorkflowExecution execution, String reason) {
        endEarly(execution, WorkflowStatus.TERMINATED, reason);
    }

    /**
     * Ends the workflow TIMED_OUT with the timeout's reason, pending tasks canceled: its own timeoutSeconds ran out,
     * or a task's with the policy TIME_OUT_WF, which is then named as the failed task.
     */
    public static void timeOut(WorkflowExecution execution, String reason, Task timedOutTask) {
        if (timedOutTask != null) {
            recordFailedTask(execution.workflow(), timedOutTask);
        }
        endEarly(execution, WorkflowStatus.TIMED_OUT, reason);
    }

    private static void endEarly(WorkflowExecution execution, WorkflowStatus status, String reason) {
        Workflow workflow = execution.workflow();
        workflow.setStatus(status);
        workflow.setReasonForIncompletion(reason);
        cancelPendingTasks(execution);
        end(execution, output(execution), status == WorkflowStatus.TIMED_OUT);
    }

    /**
     * Ends the workflow as a TERMINATE task asks: with its status and reason, pending tasks canceled, and its
     * workflowOutput as the output when it gives one.
     */
    public static void endByTask(WorkflowExecution execution, WorkflowStatus status, String reason,
                                 Map<String, Object> workflowOutput) {
        Workflow workflow = execution.workflow();
        workflow.setStatus(status);
        workflow.setReasonForIncompletion(reason);
        cancelPendingTasks(execution);
        end(execution, workflowOutput != null ? workflowOutput : output(execution), status != WorkflowStatus.COMPLETED);
    }

    private static void recordFailedTask(Workflow workflow, Task task) {
        workflow.getFailedReferenceTaskNames().add(task.getReferenceTaskName());
        workflow.getFailedTaskNames().add(task.getTaskDefName());
        workflow.setFailedTaskId(task.getTaskId());
    }

    /**
     * @param byItsOwnRun the workflow's run ended it unsuccessfully (not a user's terminate): its failure workflow starts
     */
    private static void end(WorkflowExecution execution, Map<String, Object> output, boolean byItsOwnRun) {
        Workflow workflow = execution.workflow();
        workflow.setEndTime(execution.now());
        workflow.setOutput(output);
        if (byItsOwnRun) {
            FailureWorkflow.startIfDefined(execution);
        }
        execution.workflowStatusChanged();
        ChildWorkflows.reportEndToParent(execution);
    }

    private static void cancelPendingTasks(WorkflowExecution execution) {
        for (Task task : execution.workflow().getTasks()) {
            if (!task.getStatus().isTerminal()) {
                task.setStatus(TaskStatus.CANCELED);
                task.setEndTime(execution.now());
                execution.taskStatusChanged(task);
                TaskLifecycle.withdrawFromQueue(execution, task);
                ChildWorkflows.terminateChildOf(execution, task);
            }
        }
    }

    /** The definition's outputParameters resolved, or else the output of the last task that ran, as Conductor does. */
    private static Map<String, Object> output(WorkflowExecution execution) {
        Workflow workflow = execution.workflow();
        Map<String, Object> parameters = workflow.getWorkflowDefinition().getOutputParameters();
        if (parameters != null && !parameters.isEmpty()) {
            return ParameterResolver.resolve(parameters, workflow, null, execution.env());
        }
        return workflow.getTasks().stream()
                .filter(t -> t.getStatus().isTerminal())
                .max(Comparator.comparingInt(Task::getSeq))
                .map(t -> (Map<String, Object>) new LinkedHashMap<>(t.getOutputData()))
                .orElseGet(LinkedHashMap::new);
    }
}
