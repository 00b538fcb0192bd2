package io.baton.workflowapi.workflow;

import io.baton.model.json.Json;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import io.baton.service.rest.ApiException;
import io.baton.workflowapi.metadata.DefinitionTasks;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The definition as StartWorkflow carries it: a copy in which every task without an embedded task definition gets the
 * registered one, nested tasks included, as Conductor fills them in at start. The decider then never reads metadata.
 */
final class StartDefinition {
    private StartDefinition() {
    }

    /** The names whose registered task definitions {@link #of} needs. */
    static Set<String> taskDefNamesNeeded(WorkflowDef definition) {
        Set<String> names = new LinkedHashSet<>();
        DefinitionTasks.of(definition).stream()
                .map(DefinitionTasks.Located::task)
                .filter(Objects::nonNull)
                .filter(task -> task.getTaskDefinition() == null && task.getName() != null)
                .forEach(task -> names.add(task.getName()));
        return names;
    }

    /** @throws ApiException 400 when a worker task has neither an embedded nor a registered task definition */
    static WorkflowDef of(WorkflowDef definition, Map<String, TaskDef> registered) {
        WorkflowDef copy = Json.copy(definition, WorkflowDef.class);
        Set<String> missing = new LinkedHashSet<>();
        for (DefinitionTasks.Located located : DefinitionTasks.of(copy)) {
            WorkflowTask task = located.task();
            if (task == null || task.getTaskDefinition() != null || task.getName() == null) {
                continue;
            }
            TaskDef taskDef = registered.get(task.getName());
            if (taskDef != null) {
                task.setTaskDefinition(taskDef);
            } else if (TaskType.isWorkerTask(task.getType())) {
                missing.add(task.getName());
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.badRequest(
                    "Cannot find the task definitions for the following tasks used in workflow: " + missing);
        }
        return copy;
    }
}
