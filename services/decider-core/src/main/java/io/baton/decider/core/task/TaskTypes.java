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
        return new TaskTypes(Map.ofEntries(
                Map.entry(TaskType.NOOP, new NoopTask()),
                Map.entry(TaskType.SET_VARIABLE, new SetVariableTask()),
                Map.entry(TaskType.SWITCH, new SwitchTask()),
                Map.entry(TaskType.DECISION, new SwitchTask()),
                Map.entry(TaskType.FORK_JOIN, new ForkTask()),
                Map.entry(TaskType.JOIN, new JoinTask()),
                Map.entry(TaskType.EXCLUSIVE_JOIN, new ExclusiveJoinTask()),
                Map.entry(TaskType.TERMINATE, new TerminateTask()),
                Map.entry(TaskType.DYNAMIC, new DynamicTask(new WorkerTask())),
                Map.entry(TaskType.WAIT, new WaitTask()),
                Map.entry(TaskType.HUMAN, new HumanTask())),
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
