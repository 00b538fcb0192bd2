package io.baton.model.task;

/**
 * How a task inside a DO_WHILE is named: its definition's reference with {@code __N} appended, N the iteration from 1,
 * as Conductor's TaskUtils names it.
 */
public final class LoopIteration {
    private static final String DELIMITER = "__";

    private LoopIteration() {
    }

    /** The reference of a node's task in an iteration; iteration 0 (outside any loop) keeps the reference as it is. */
    public static String reference(String referenceTaskName, int iteration) {
        return iteration > 0 ? referenceTaskName + DELIMITER + iteration : referenceTaskName;
    }

    /**
     * The reference of the definition node a task runs, without its iteration suffix. A DO_WHILE task counts its
     * iterations in the same field but carries no suffix, so only a matching suffix is removed.
     */
    public static String definitionReference(Task task) {
        String ref = task.getReferenceTaskName();
        String suffix = DELIMITER + task.getIteration();
        return task.getIteration() > 0 && ref.endsWith(suffix) ? ref.substring(0, ref.length() - suffix.length()) : ref;
    }
}
