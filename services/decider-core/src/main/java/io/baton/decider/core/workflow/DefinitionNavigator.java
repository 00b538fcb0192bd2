package io.baton.decider.core.workflow;

import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import java.util.List;
import java.util.Optional;

/** Finds where a workflow goes next in its definition. */
public final class DefinitionNavigator {
    private DefinitionNavigator() {
    }

    public static Optional<WorkflowTask> first(WorkflowDef definition) {
        return definition.getTasks().stream().findFirst();
    }

    /** The task that follows the one with this reference name, if any. */
    public static Optional<WorkflowTask> nextAfter(WorkflowDef definition, String referenceTaskName) {
        List<WorkflowTask> tasks = definition.getTasks();
        for (int i = 0; i < tasks.size() - 1; i++) {
            if (tasks.get(i).getTaskReferenceName().equals(referenceTaskName)) {
                return Optional.of(tasks.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
