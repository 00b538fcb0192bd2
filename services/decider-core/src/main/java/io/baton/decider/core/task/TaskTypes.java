package io.baton.decider.core.task;

import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowTask;
import java.util.Map;

/** The registry of task types: the one table to extend when a type is added. */
public final class TaskTypes {
    private final Map<String, TaskTypeHandler> builtIn;
    private final TaskTypeHandler workerTask;

    private TaskTypes(Map<String, TaskTypeHandler> builtIn, TaskTypeHandler workerTask) {
        this.builtIn = builtIn;
        this.workerTask = workerTask;
    }

    public static TaskTypes standard() {
        return new TaskTypes(Map.of(
                TaskType.NOOP, new NoopTask(),
                TaskType.SET_VARIABLE, new SetVariableTask(),
                TaskType.SWITCH, new SwitchTask(),
                TaskType.DECISION, new SwitchTask(),
                TaskType.FORK_JOIN, new ForkTask(),
                TaskType.JOIN, new JoinTask(),
                TaskType.EXCLUSIVE_JOIN, new ExclusiveJoinTask(),
                TaskType.TERMINATE, new TerminateTask(),
                TaskType.DYNAMIC, new DynamicTask(new WorkerTask())),
                new WorkerTask());
    }

    /** The handler for a node; any type that is not built in is a worker task, as in Conductor. */
    public TaskTypeHandler handlerFor(WorkflowTask node) {
        String type = node.getType();
        if (TaskType.isWorkerTask(type)) {
            return workerTask;
        }
        return builtIn.getOrDefault(type, UNSUPPORTED);
    }

    /** A built-in type Baton does not run yet fails its task for good, so the workflow fails and says why. */
    private static final TaskTypeHandler UNSUPPORTED = (execution, task) -> {
        task.setReasonForIncompletion("Task type " + task.getTaskType() + " is not supported by this version of Baton");
        TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR);
    };
}
