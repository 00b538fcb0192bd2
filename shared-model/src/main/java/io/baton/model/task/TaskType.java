package io.baton.model.task;

import java.util.Set;

/** The names of Conductor's built-in task types; any other type name is a worker (SIMPLE) task. */
public final class TaskType {
    public static final String SIMPLE = "SIMPLE";
    public static final String DYNAMIC = "DYNAMIC";
    public static final String FORK_JOIN = "FORK_JOIN";
    public static final String FORK_JOIN_DYNAMIC = "FORK_JOIN_DYNAMIC";
    public static final String DECISION = "DECISION";
    public static final String SWITCH = "SWITCH";
    public static final String JOIN = "JOIN";
    public static final String EXCLUSIVE_JOIN = "EXCLUSIVE_JOIN";
    public static final String DO_WHILE = "DO_WHILE";
    public static final String SUB_WORKFLOW = "SUB_WORKFLOW";
    public static final String START_WORKFLOW = "START_WORKFLOW";
    public static final String EVENT = "EVENT";
    public static final String WAIT = "WAIT";
    public static final String HUMAN = "HUMAN";
    public static final String HTTP = "HTTP";
    public static final String INLINE = "INLINE";
    public static final String LAMBDA = "LAMBDA";
    public static final String JSON_JQ_TRANSFORM = "JSON_JQ_TRANSFORM";
    public static final String SET_VARIABLE = "SET_VARIABLE";
    public static final String TERMINATE = "TERMINATE";
    public static final String KAFKA_PUBLISH = "KAFKA_PUBLISH";
    public static final String NOOP = "NOOP";

    private static final Set<String> BUILT_IN = Set.of(DYNAMIC, FORK_JOIN, FORK_JOIN_DYNAMIC, DECISION, SWITCH, JOIN,
            EXCLUSIVE_JOIN, DO_WHILE, SUB_WORKFLOW, START_WORKFLOW, EVENT, WAIT, HUMAN, HTTP, INLINE, LAMBDA,
            JSON_JQ_TRANSFORM, SET_VARIABLE, TERMINATE, KAFKA_PUBLISH, NOOP);

    /** System tasks that do I/O: the decider queues them like worker tasks, and task-queue runs them. */
    private static final Set<String> RUN_BY_TASK_QUEUE = Set.of(HTTP, KAFKA_PUBLISH, EVENT);

    private TaskType() {
    }

    /** True when workers poll for this type: SIMPLE and every name that is not a built-in type. */
    public static boolean isWorkerTask(String type) {
        return type == null || !BUILT_IN.contains(type);
    }

    /**
     * True when tasks of this type wait on a queue in task-queue: worker tasks, DYNAMIC ones (as the task they name),
     * and the system tasks task-queue runs.
     */
    public static boolean isQueued(String type) {
        return isWorkerTask(type) || DYNAMIC.equals(type) || isRunByTaskQueue(type);
    }

    public static Set<String> builtInTypes() {
        return BUILT_IN;
    }

    public static boolean isBuiltIn(String type) {
        return type != null && BUILT_IN.contains(type);
    }

    /** True for the system task types that wait on a queue for task-queue's system-task runner. */
    public static boolean isRunByTaskQueue(String type) {
        return type != null && RUN_BY_TASK_QUEUE.contains(type);
    }
}
