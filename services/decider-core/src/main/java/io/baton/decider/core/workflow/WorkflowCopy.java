package io.baton.decider.core.workflow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.model.json.Json;
import io.baton.model.task.Task;
import io.baton.model.workflow.Workflow;
import java.util.List;

/**
 * The copy of a workflow a decision may change without touching its input: the workflow and its tasks, their input,
 * output and variables are new objects; the definitions in it (the workflow's, each task's workflowTask) are the same
 * objects, shared. The decider never changes a definition in place (it builds new nodes for dynamic forks), and the
 * definitions were most of what a full copy through JSON copied, a seventh of the decider's CPU per command.
 */
public final class WorkflowCopy {
    @JsonIgnoreProperties({"workflowDefinition"})
    private abstract static class WithoutDefinition {
    }

    @JsonIgnoreProperties({"workflowTask"})
    private abstract static class WithoutWorkflowTask {
    }

    private static final ObjectMapper WITHOUT_DEFINITIONS = Json.mapper().copy()
            .addMixIn(Workflow.class, WithoutDefinition.class)
            .addMixIn(Task.class, WithoutWorkflowTask.class);

    private WorkflowCopy() {
    }

    public static Workflow of(Workflow workflow) {
        Workflow copy = WITHOUT_DEFINITIONS.convertValue(workflow, Workflow.class);
        copy.setWorkflowDefinition(workflow.getWorkflowDefinition());
        List<Task> tasks = workflow.getTasks();
        if (tasks != null) {
            for (int i = 0; i < tasks.size(); i++) {
                copy.getTasks().get(i).setWorkflowTask(tasks.get(i).getWorkflowTask());
            }
        }
        return copy;
    }
}
