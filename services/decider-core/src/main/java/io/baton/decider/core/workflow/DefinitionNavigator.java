package io.baton.decider.core.workflow;

import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a workflow goes next in its definition, walking into SWITCH/DECISION cases and FORK_JOIN branches as
 * Conductor's {@code WorkflowDef.getNextTask} does: the end of a case continues after its SWITCH; the end of a fork
 * branch leads nowhere, since the JOIN after the fork was scheduled together with the branches; the end of a loop body
 * leads nowhere either, since its DO_WHILE decides whether another iteration follows.
 */
public final class DefinitionNavigator {
    private DefinitionNavigator() {
    }

    public static Optional<WorkflowTask> first(WorkflowDef definition) {
        return definition.getTasks().stream().findFirst();
    }

    /** The task that follows the one with this reference name, if any. */
    public static Optional<WorkflowTask> nextAfter(WorkflowDef definition, String referenceTaskName) {
        Step step = nextIn(definition.getTasks(), referenceTaskName);
        return step instanceof Next(WorkflowTask task) ? Optional.of(task) : Optional.empty();
    }

    /** The node with this reference name, nested ones included. */
    public static Optional<WorkflowTask> find(WorkflowDef definition, String referenceTaskName) {
        return pathTo(definition.getTasks(), referenceTaskName).map(List::getLast);
    }

    /** Whether the node with this reference name sits in a branch of a FORK_JOIN, however deep. */
    public static boolean inForkBranch(WorkflowDef definition, String referenceTaskName) {
        List<WorkflowTask> path = pathTo(definition.getTasks(), referenceTaskName).orElse(List.of());
        return path.stream().limit(Math.max(0, path.size() - 1))
                .anyMatch(node -> TaskType.FORK_JOIN.equals(node.getType()));
    }

    /** The nodes from the top level down to the one with this reference name, that one last. */
    private static Optional<List<WorkflowTask>> pathTo(List<WorkflowTask> tasks, String referenceTaskName) {
        for (WorkflowTask task : tasks) {
            if (referenceTaskName.equals(task.getTaskReferenceName())) {
                return Optional.of(List.of(task));
            }
            for (List<WorkflowTask> child : children(task)) {
                Optional<List<WorkflowTask>> found = pathTo(child, referenceTaskName);
                if (found.isPresent()) {
                    List<WorkflowTask> path = new ArrayList<>(found.get());
                    path.addFirst(task);
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }

    /** What comes after a reference in a list of tasks, searching into the children of each. */
    private static Step nextIn(List<WorkflowTask> tasks, String referenceTaskName) {
        for (int i = 0; i < tasks.size(); i++) {
            WorkflowTask task = tasks.get(i);
            Step step = referenceTaskName.equals(task.getTaskReferenceName())
                    ? new EndOfList()
                    : nextInChildren(task, referenceTaskName);
            if (step instanceof EndOfList) {
                // The reference, or the end of the case it sits in, is done: the list moves on.
                return i + 1 < tasks.size() ? new Next(tasks.get(i + 1)) : step;
            }
            if (!(step instanceof NotHere)) {
                return step;
            }
        }
        return new NotHere();
    }

    private static Step nextInChildren(WorkflowTask task, String referenceTaskName) {
        boolean endLeadsNowhere = TaskType.FORK_JOIN.equals(task.getType()) || TaskType.DO_WHILE.equals(task.getType());
        for (List<WorkflowTask> branch : children(task)) {
            Step step = nextIn(branch, referenceTaskName);
            if (endLeadsNowhere && step instanceof EndOfList) {
                return new Nothing();
            }
            if (!(step instanceof NotHere)) {
                return step;
            }
        }
        return new NotHere();
    }

    /** True when the node is this reference or holds it, however deep. */
    public static boolean holds(WorkflowTask node, String referenceTaskName) {
        return referenceTaskName.equals(node.getTaskReferenceName()) || children(node).stream()
                .flatMap(List::stream).anyMatch(child -> holds(child, referenceTaskName));
    }

    /** The task lists nested in a node: the cases of a SWITCH/DECISION, the branches of a FORK_JOIN, a DO_WHILE's body. */
    public static List<List<WorkflowTask>> children(WorkflowTask task) {
        List<List<WorkflowTask>> children = new ArrayList<>();
        if (TaskType.SWITCH.equals(task.getType()) || TaskType.DECISION.equals(task.getType())) {
            children.addAll(task.getDecisionCases().values());
            children.add(task.getDefaultCase());
        } else if (TaskType.FORK_JOIN.equals(task.getType())) {
            children.addAll(task.getForkTasks());
        } else if (TaskType.DO_WHILE.equals(task.getType())) {
            children.add(task.getLoopOver());
        }
        return children;
    }

    private sealed interface Step permits Next, EndOfList, Nothing, NotHere {
    }

    /** The task to run next. */
    private record Next(WorkflowTask task) implements Step {
    }

    /** The reference was the last of its list: whoever holds the list decides what follows. */
    private record EndOfList() implements Step {
    }

    /** The reference was found and nothing follows it (the end of a fork branch or of a loop body). */
    private record Nothing() implements Step {
    }

    /** The reference is not in this list. */
    private record NotHere() implements Step {
    }
}
