package io.baton.decider.core.task;

import io.baton.decider.core.expression.ParameterResolver;
import io.baton.decider.core.expression.ScriptEvaluationException;
import io.baton.decider.core.expression.ScriptEvaluator;
import io.baton.decider.core.workflow.DefinitionNavigator;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.LoopIteration;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DO_WHILE, as Conductor 3.32's DoWhile runs it: waits IN_PROGRESS while its {@code loopOver} tasks run as
 * {@code ref__N} (N the iteration, from 1); once every task of the iteration has ended, their outputs are kept in the
 * output under {@code "N"} and {@code loopCondition} (JavaScript) decides whether iteration N+1 follows. The condition
 * sees as {@code $} the DO_WHILE's input, its output under its own reference, and each loop task's output under the
 * task's reference. With {@code items} (or Orkes' {@code _items} input) it iterates over a list instead: the output
 * carries {@code loopIndex} and {@code loopItem}, and a condition, if given, can only end the loop sooner.
 * {@code keepLastN} in the input keeps only that many iterations' outputs. A loop task that fails for good fails the
 * workflow (the DO_WHILE is canceled with the rest), as in Conductor.
 */
final class DoWhileTask implements TaskTypeHandler {
    private static final String ITERATION = "iteration";
    private static final String LOOP_INDEX = "loopIndex";
    private static final String LOOP_ITEM = "loopItem";
    private static final String ORKES_ITEMS = "_items";
    private static final String KEEP_LAST_N = "keepLastN";

    @Override
    public void start(WorkflowExecution execution, Task loop) {
        WorkflowTask node = loop.getWorkflowTask();
        if (loop.getIteration() > 0) {
            fail(execution, loop, "A DO_WHILE inside another DO_WHILE's loopOver is not supported (nor by Conductor); "
                    + "a SUB_WORKFLOW in the loop can hold the inner loop");
            return;
        }
        if (node.getLoopOver() == null || node.getLoopOver().isEmpty()) {
            fail(execution, loop, "DO_WHILE " + node.getTaskReferenceName() + " has no loopOver tasks");
            return;
        }
        Optional<List<Object>> items = items(execution, loop);
        if (items.isPresent() && items.get().isEmpty()) {
            // Nothing to iterate over: complete without running the loop's tasks.
            loop.getOutputData().put(ITERATION, 0);
            TaskLifecycle.finishNow(execution, loop, TaskStatus.COMPLETED);
            return;
        }
        TaskLifecycle.startWaiting(execution, loop);
        beginIteration(execution, loop, 1, items);
    }

    @Override
    public boolean reconsider(WorkflowExecution execution, Task loop) {
        int iteration = loop.getIteration();
        Map<String, Task> tasks = iterationTasks(execution, loop, iteration);
        if (!iterationDone(loop.getWorkflowTask(), tasks, iteration)) {
            return false;
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        tasks.values().stream().sorted(Comparator.comparingInt(Task::getSeq))
                .forEach(task -> outputs.put(LoopIteration.definitionReference(task), new LinkedHashMap<>(task.getOutputData())));
        loop.getOutputData().put(String.valueOf(iteration), outputs);
        dropOldIterations(execution, loop);
        Optional<List<Object>> items = items(execution, loop);
        boolean again;
        try {
            again = continues(execution, loop, items);
        } catch (ScriptEvaluationException e) {
            fail(execution, loop, "Unable to evaluate condition " + loop.getWorkflowTask().getLoopCondition()
                    + ", exception " + e.getMessage());
            return true;
        }
        int max = execution.limits().loopIterationsMax();
        if (again && iteration >= max) {
            fail(execution, loop, "DO_WHILE " + loop.getWorkflowTask().getTaskReferenceName() + " reached the limit of "
                    + max + " iterations (baton.limits.loop-iterations-max)");
        } else if (again) {
            beginIteration(execution, loop, iteration + 1, items);
        } else {
            TaskLifecycle.finishNow(execution, loop, TaskStatus.COMPLETED);
        }
        return true;
    }

    private static void beginIteration(WorkflowExecution execution, Task loop, int iteration,
                                       Optional<List<Object>> items) {
        loop.setIteration(iteration);
        loop.getOutputData().put(ITERATION, iteration);
        items.ifPresent(list -> {
            int index = iteration - 1;
            loop.getOutputData().put(LOOP_INDEX, index);
            if (index < list.size()) {
                loop.getOutputData().put(LOOP_ITEM, list.get(index));
            }
        });
        execution.taskChanged(loop);
        execution.requestSchedule(loop.getWorkflowTask().getLoopOver().getFirst(), iteration);
    }

    /** The latest attempt of each task of the loop in this iteration, by reference. */
    private static Map<String, Task> iterationTasks(WorkflowExecution execution, Task loop, int iteration) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        for (Task task : execution.workflow().getTasks()) {
            if (task.getIteration() == iteration && !task.getTaskId().equals(loop.getTaskId())
                    && DefinitionNavigator.holds(loop.getWorkflowTask(), LoopIteration.definitionReference(task))) {
                tasks.merge(task.getReferenceTaskName(), task, (a, b) -> a.getSeq() > b.getSeq() ? a : b);
            }
        }
        return tasks;
    }

    /**
     * Every top-level loop task has run, and every task of the iteration has ended and been moved on from (executed),
     * so whatever follows it inside the loop (the rest of a SWITCH case, a JOIN's branches) is already scheduled.
     */
    private static boolean iterationDone(WorkflowTask node, Map<String, Task> tasks, int iteration) {
        return node.getLoopOver().stream()
                .allMatch(child -> tasks.containsKey(LoopIteration.reference(child.getTaskReferenceName(), iteration)))
                && tasks.values().stream().allMatch(task -> task.getStatus().isTerminal() && task.isExecuted());
    }

    /** As Conductor, keepLastN drops older iterations' outputs and their tasks, so a long loop's state stays small. */
    private static void dropOldIterations(WorkflowExecution execution, Task loop) {
        if (loop.getInputData().get(KEEP_LAST_N) instanceof Number keep && keep.intValue() > 0) {
            int newestDropped = loop.getIteration() - keep.intValue();
            for (int old = 1; old <= newestDropped; old++) {
                loop.getOutputData().remove(String.valueOf(old));
            }
            List.copyOf(execution.workflow().getTasks()).stream()
                    .filter(task -> task != loop && task.getIteration() > 0 && task.getIteration() <= newestDropped
                            && DefinitionNavigator.holds(loop.getWorkflowTask(), LoopIteration.definitionReference(task)))
                    .forEach(execution::removeTask);
        }
    }

    private static boolean continues(WorkflowExecution execution, Task loop, Optional<List<Object>> items) {
        String condition = loop.getWorkflowTask().getLoopCondition();
        Map<String, Object> input = conditionInput(execution, loop);
        if (items.isEmpty()) {
            return condition != null && isTrue(ScriptEvaluator.standard().evaluate(condition, input));
        }
        int index = loop.getIteration() - 1;
        input.put(LOOP_INDEX, index);
        if (index < items.get().size()) {
            input.put(LOOP_ITEM, items.get().get(index));
        }
        boolean moreItems = index < items.get().size() - 1;
        if (condition == null || condition.isBlank()) {
            return moreItems;
        }
        return isTrue(ScriptEvaluator.standard().evaluate(condition, input)) && moreItems;
    }

    /**
     * What {@code $} is in the condition: the DO_WHILE's input resolved now, its output under its reference, and the
     * output of each of its tasks under the task's reference (the latest iteration's).
     */
    private static Map<String, Object> conditionInput(WorkflowExecution execution, Task loop) {
        Map<String, Object> input = ParameterResolver.resolve(loop.getWorkflowTask().getInputParameters(),
                execution.workflow(), loop.getTaskId(), execution.env());
        input.put(loop.getReferenceTaskName(), loop.getOutputData());
        execution.workflow().getTasks().stream()
                .filter(task -> !task.getTaskId().equals(loop.getTaskId()))
                .filter(task -> DefinitionNavigator.holds(loop.getWorkflowTask(), LoopIteration.definitionReference(task)))
                .sorted(Comparator.comparingInt(Task::getSeq))
                .forEach(task -> input.put(LoopIteration.definitionReference(task), task.getOutputData()));
        return input;
    }

    /** Conductor's reading of a script's value as a condition: true, or a number above zero. */
    private static boolean isTrue(Object value) {
        return value instanceof Boolean bool ? bool : value instanceof Number number && number.doubleValue() > 0;
    }

    /**
     * The list an {@code items} loop iterates over, resolved now (a single value is a list of one), or empty when the
     * loop counts iterations under a condition instead.
     */
    private static Optional<List<Object>> items(WorkflowExecution execution, Task loop) {
        WorkflowTask node = loop.getWorkflowTask();
        boolean byItems = node.getItems() != null && !node.getItems().isBlank();
        Object orkesItems = node.getInputParameters() == null ? null : node.getInputParameters().get(ORKES_ITEMS);
        boolean byOrkesItems = orkesItems instanceof List<?> || orkesItems instanceof String text && !text.isBlank();
        if (!byItems && !byOrkesItems) {
            return Optional.empty();
        }
        Object value = byItems ? ParameterResolver.resolve(Map.<String, Object>of("items", node.getItems()), execution.workflow(),
                loop.getTaskId(), execution.env()).get("items") : null;
        if (value == null) {
            value = ParameterResolver.resolve(node.getInputParameters(), execution.workflow(), loop.getTaskId(), execution.env())
                    .get(ORKES_ITEMS);
        }
        if (value instanceof List<?> list) {
            return Optional.of(new ArrayList<>(list));
        }
        return Optional.of(value == null ? List.of() : List.of(value));
    }

    private static void fail(WorkflowExecution execution, Task loop, String reason) {
        loop.setReasonForIncompletion(reason);
        TaskLifecycle.finishNow(execution, loop, TaskStatus.FAILED_WITH_TERMINAL_ERROR);
    }
}
