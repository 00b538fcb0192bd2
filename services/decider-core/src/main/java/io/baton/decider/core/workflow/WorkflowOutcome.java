package io.baton.decider.core.workflow;

import io.baton.decider.core.expression.ParameterResolver;
import io.baton.model.messaging.TaskCanceled;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
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
        end(execution, output(workflow), false);
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
        workflow.getFailedReferenceTaskNames().add(task.getReferenceTaskName());
        workflow.getFailedTaskNames().add(task.getTaskDefName());
        workflow.setFailedTaskId(task.getTaskId());
        cancelPendingTasks(execution);
        end(execution, output(workflow), true);
    }

    /** Ends the workflow because a user terminated it: pending tasks canceled, TERMINATED with the given reason. */
    public static void terminate(WorkflowExecution execution, String reason) {
        Workflow workflow = execution.workflow();
        workflow.setStatus(WorkflowStatus.TERMINATED);
        workflow.setReasonForIncompletion(reason);
        cancelPendingTasks(execution);
        end(execution, output(workflow), false);
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
        end(execution, workflowOutput != null ? workflowOutput : output(workflow), status != WorkflowStatus.COMPLETED);
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
                withdrawFromQueue(execution, task);
                ChildWorkflows.terminateChildOf(execution, task);
            }
        }
    }

    /** A canceled worker task (or HTTP, KAFKA_PUBLISH, EVENT) leaves its queue, so nobody takes it any more. */
    public static void withdrawFromQueue(WorkflowExecution execution, Task task) {
        String type = task.getWorkflowTask().getType();
        // A DYNAMIC task waits on the queue of the worker task its input named.
        if (TaskType.isWorkerTask(type) || TaskType.DYNAMIC.equals(type) || TaskType.isRunByTaskQueue(type)) {
            execution.dispatch(new TaskCanceled(execution.newId(), task.getWorkflowInstanceId(), task.getTaskId(),
                    TaskDispatch.queueNameOf(task)));
        }
    }

    /** The definition's outputParameters resolved, or else the output of the last task that ran, as Conductor does. */
    private static Map<String, Object> output(Workflow workflow) {
        Map<String, Object> parameters = workflow.getWorkflowDefinition().getOutputParameters();
        if (parameters != null && !parameters.isEmpty()) {
            return ParameterResolver.resolve(parameters, workflow, null);
        }
        return workflow.getTasks().stream()
                .filter(t -> t.getStatus().isTerminal())
                .max(Comparator.comparingInt(Task::getSeq))
                .map(t -> (Map<String, Object>) new LinkedHashMap<>(t.getOutputData()))
                .orElseGet(LinkedHashMap::new);
    }
}
