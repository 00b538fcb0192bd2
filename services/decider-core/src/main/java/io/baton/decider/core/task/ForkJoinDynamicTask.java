package io.baton.decider.core.task;

import com.fasterxml.jackson.core.type.TypeReference;
import io.baton.decider.core.workflow.DefinitionNavigator;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.json.Json;
import io.baton.model.task.LoopIteration;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowTask;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * FORK_JOIN_DYNAMIC: a fork whose branches come from its input, each one task, joined by the JOIN that follows it
 * in the definition, which waits on all of them (its joinOn becomes their references), as Conductor 3.32's
 * ForkJoinDynamicTaskMapper builds it. Two forms: {@code dynamicForkTasksParam} names the input holding a list of
 * workflow tasks and {@code dynamicForkTasksInputParamName} the input holding a map of their inputs by reference; or
 * the input holds {@code forkTaskInputs}, a list of inputs, one task each, of {@code forkTaskName}
 * ({@code forkTaskType}, SIMPLE by default) or of sub-workflow {@code forkTaskWorkflow}. Completes at once as FORK,
 * with {@code forkedTasks} and {@code forkedTaskDefs} in its input; input it cannot fork fails it for good. A forked
 * task without a task definition of its own gets the one registered under its name, read at fork time as Conductor
 * reads it; with none registered it runs without one (no retries, no timeouts), as in Conductor.
 */
final class ForkJoinDynamicTask implements TaskTypeHandler {
    private static final String FORKED_TASKS = "forkedTasks";
    private static final String FORKED_TASK_DEFS = "forkedTaskDefs";
    private static final String FORK_TASK_INPUTS = "forkTaskInputs";
    private static final TypeReference<List<WorkflowTask>> WORKFLOW_TASKS = new TypeReference<>() {
    };

    @Override
    public void start(WorkflowExecution execution, Task task) {
        task.setTaskType(ForkTask.TASK_TYPE);
        List<WorkflowTask> forked;
        try {
            requireJoinAfter(execution, task);
            forked = task.getInputData().get(FORK_TASK_INPUTS) instanceof List<?> inputs
                    ? DynamicForkBranches.fromInputList(execution, task, inputs)
                    : DynamicForkBranches.fromTaskList(execution, task);
            requireWithinLimit(execution, forked);
            requireNewReferences(execution, task, forked);
        } catch (InvalidDynamicFork e) {
            task.setReasonForIncompletion(e.getMessage());
            TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR);
            return;
        }
        task.getInputData().put(FORKED_TASKS, forked.stream().map(WorkflowTask::getTaskReferenceName).toList());
        task.getInputData().put(FORKED_TASK_DEFS, Json.mapper().convertValue(forked, List.class));
        TaskLifecycle.finishNow(execution, task, TaskStatus.COMPLETED);
    }

    /** The forked tasks, then the JOIN after the fork, waiting on all of them. */
    @Override
    public List<WorkflowTask> next(WorkflowExecution execution, Task finished) {
        List<WorkflowTask> forked = Json.mapper().convertValue(finished.getInputData().get(FORKED_TASK_DEFS), WORKFLOW_TASKS);
        List<WorkflowTask> next = new ArrayList<>(forked);
        for (WorkflowTask join : TaskTypeHandler.super.next(execution, finished)) {
            WorkflowTask dynamicJoin = Json.copy(join, WorkflowTask.class);
            dynamicJoin.setJoinOn(forked.stream().map(WorkflowTask::getTaskReferenceName).toList());
            next.add(dynamicJoin);
        }
        return next;
    }

    private static void requireJoinAfter(WorkflowExecution execution, Task task) {
        Optional<WorkflowTask> after = DefinitionNavigator.nextAfter(execution.workflow().getWorkflowDefinition(),
                LoopIteration.definitionReference(task));
        if (after.isEmpty() || !TaskType.JOIN.equals(after.get().getType())) {
            throw new InvalidDynamicFork("Dynamic join definition is not followed by a join task. Check the workflow definition.");
        }
    }

    private static void requireWithinLimit(WorkflowExecution execution, List<WorkflowTask> forked) {
        int max = execution.limits().forkWidthMax();
        if (forked.size() > max) {
            throw new InvalidDynamicFork("Dynamic fork of " + forked.size() + " tasks is wider than the limit of " + max
                    + " (baton.limits.fork-width-max)");
        }
    }

    /** Each forked task needs a reference of its own: none run before, no two the same. */
    private static void requireNewReferences(WorkflowExecution execution, Task task, List<WorkflowTask> forked) {
        Set<String> taken = new HashSet<>();
        execution.workflow().getTasks().forEach(existing -> taken.add(existing.getReferenceTaskName()));
        for (WorkflowTask branch : forked) {
            String ref = LoopIteration.reference(branch.getTaskReferenceName(), task.getIteration());
            if (!taken.add(ref)) {
                throw new InvalidDynamicFork("Dynamic fork task " + branch.getName() + " would use the task reference name "
                        + ref + " a second time");
            }
        }
    }

    /** Input a dynamic fork cannot fork; the message is the task's reason for incompletion. */
    static final class InvalidDynamicFork extends RuntimeException {
        InvalidDynamicFork(String message) {
            super(message);
        }
    }
}
