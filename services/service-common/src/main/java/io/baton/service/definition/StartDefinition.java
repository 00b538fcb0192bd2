package io.baton.service.definition;

import io.baton.model.json.Json;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The definition as StartWorkflow carries it: a copy in which every task without an embedded task definition gets the
 * registered one, nested tasks included, as Conductor fills them in at start; a worker task with none registered gets
 * the default task definition, as Conductor 3.32 runs it. The decider's pure core then never reads metadata. Used by
 * every start: workflow-api's, and the decider's for the workflows a workflow starts.
 */
public final class StartDefinition {
    private StartDefinition() {
    }

    /** The names whose registered task definitions {@link #of} needs. */
    public static Set<String> taskDefNamesNeeded(WorkflowDef definition) {
        Set<String> names = new LinkedHashSet<>();
        DefinitionTasks.of(definition).stream()
                .map(DefinitionTasks.Located::task)
                .filter(Objects::nonNull)
                .filter(task -> task.getTaskDefinition() == null && task.getName() != null)
                .forEach(task -> names.add(task.getName()));
        return names;
    }

    /** Conductor's defaults: 3 retries 60 s apart, a one-hour response timeout, TIME_OUT_WF. */
    private static TaskDef defaultTaskDef(String name) {
        TaskDef taskDef = new TaskDef();
        taskDef.setName(name);
        return taskDef;
    }

    public static WorkflowDef of(WorkflowDef definition, Map<String, TaskDef> registered) {
        WorkflowDef copy = Json.copy(definition, WorkflowDef.class);
        for (DefinitionTasks.Located located : DefinitionTasks.of(copy)) {
            WorkflowTask task = located.task();
            if (task == null || task.getTaskDefinition() != null || task.getName() == null) {
                continue;
            }
            TaskDef taskDef = registered.get(task.getName());
            if (taskDef != null) {
                task.setTaskDefinition(taskDef);
            } else if (TaskType.isWorkerTask(task.getType())) {
                task.setTaskDefinition(defaultTaskDef(task.getName()));
            }
        }
        return copy;
    }

    /** The definition's inputTemplate supplies defaults; what the caller gives wins. A missing input is an empty one. */
    public static Map<String, Object> inputWithDefaults(WorkflowDef def, Map<String, Object> input) {
        Map<String, Object> merged = new LinkedHashMap<>();
        if (def.getInputTemplate() != null) {
            merged.putAll(def.getInputTemplate());
        }
        if (input != null) {
            merged.putAll(input);
        }
        return merged;
    }
}
