package io.baton.decider.core.task;

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
                Map.entry(TaskType.HTTP, new WorkerTask()),
                Map.entry(TaskType.KAFKA_PUBLISH, new WorkerTask()),
                Map.entry(TaskType.EVENT, new EventTask(new WorkerTask())),
                Map.entry(TaskType.SUB_WORKFLOW, new SubWorkflowTask()),
                Map.entry(TaskType.START_WORKFLOW, new StartWorkflowTask()),
                Map.entry(TaskType.INLINE, new InlineTask()),
                Map.entry(TaskType.LAMBDA, new LambdaTask()),
                Map.entry(TaskType.JSON_JQ_TRANSFORM, new JsonJqTransformTask()),
                Map.entry(TaskType.DO_WHILE, new DoWhileTask()),
                Map.entry(TaskType.FORK_JOIN_DYNAMIC, new ForkJoinDynamicTask()),
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
        return builtIn.get(type);
    }

    /** True when every built-in type of Conductor's has its handler here. */
    public boolean coversEveryBuiltInType() {
        return builtIn.keySet().equals(TaskType.builtInTypes());
    }
}
