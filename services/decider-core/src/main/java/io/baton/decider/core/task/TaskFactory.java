package io.baton.decider.core.task;

import io.baton.decider.core.expression.ParameterResolver;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.LoopIteration;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowTask;
import java.util.Map;

/** Creates the task execution for a node of the definition, with its input resolved, in status SCHEDULED. */
public final class TaskFactory {
    private TaskFactory() {
    }

    /** @param iteration the DO_WHILE iteration the task runs in, from 1, or 0 outside any loop */
    public static Task create(WorkflowExecution execution, WorkflowTask node, int iteration, int retryCount,
                              String retriedTaskId) {
        Workflow workflow = execution.workflow();
        TaskDef definition = node.getTaskDefinition();
        boolean workerTask = TaskType.isWorkerTask(node.getType());
        Task task = new Task();
        task.setTaskId(execution.newId());
        task.setReferenceTaskName(LoopIteration.reference(node.getTaskReferenceName(), iteration));
        task.setIteration(iteration);
        // Conductor names a worker task's type after its definition, and a system task's after its type.
        task.setTaskType(workerTask ? node.getName() : node.getType());
        task.setTaskDefName(node.getName());
        task.setStatus(TaskStatus.SCHEDULED);
        task.setWorkflowInstanceId(workflow.getWorkflowId());
        task.setWorkflowType(workflow.getWorkflowName());
        task.setCorrelationId(workflow.getCorrelationId());
        task.setWorkflowPriority(workflow.getPriority());
        task.setScheduledTime(execution.now());
        task.setRetryCount(retryCount);
        task.setRetriedTaskId(retriedTaskId);
        task.setStartDelayInSeconds(node.getStartDelay());
        task.setWorkflowTask(node);
        task.setInputData(ParameterResolver.resolve(node.getInputParameters(), workflow, task.getTaskId(),
                execution.env()));
        if (definition != null) {
            applyTemplate(task.getInputData(), definition.getInputTemplate());
            task.setResponseTimeoutSeconds(definition.getResponseTimeoutSeconds());
            task.setIsolationGroupId(definition.getIsolationGroupId());
            task.setExecutionNameSpace(definition.getExecutionNameSpace());
            task.setRateLimitPerFrequency(valueOrZero(definition.getRateLimitPerFrequency()));
            task.setRateLimitFrequencyInSeconds(valueOrZero(definition.getRateLimitFrequencyInSeconds()));
        }
        if (workerTask) {
            task.setDomain(domainOf(workflow.getTaskToDomain(), node.getName()));
        }
        return task;
    }

    /**
     * The iteration of the tasks that follow this one or retry it: a loop task's own. A DO_WHILE counts its iterations
     * in the same field, but what follows it, and a new attempt of it, starts outside the loop.
     */
    public static int iterationCarriedOn(Task task) {
        return TaskType.DO_WHILE.equals(task.getWorkflowTask().getType()) ? 0 : task.getIteration();
    }

    /** The task definition's inputTemplate fills keys the input lacks or resolved to null. */
    private static void applyTemplate(Map<String, Object> input, Map<String, Object> template) {
        if (template != null) {
            template.forEach((key, value) -> {
                if (input.get(key) == null) {
                    input.put(key, value);
                }
            });
        }
    }

    /** taskToDomain routes a task name, or every task with the key {@code *}, to a domain. */
    static String domainOf(Map<String, String> taskToDomain, String taskName) {
        if (taskToDomain == null) {
            return null;
        }
        String domain = taskToDomain.getOrDefault(taskName, taskToDomain.get("*"));
        return domain == null || domain.isBlank() ? null : domain;
    }

    private static int valueOrZero(Integer value) {
        return value == null ? 0 : value;
    }
}
