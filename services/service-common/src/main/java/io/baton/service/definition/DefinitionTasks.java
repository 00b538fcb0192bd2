package io.baton.service.definition;

import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every task node of a definition, nested ones included (fork branches, switch cases and default, loop bodies), each
 * with its JSON path, the way Conductor's {@code WorkflowDef.collectTasks} sees a definition.
 */
public final class DefinitionTasks {
    /** A task node and where it sits in the definition's JSON, e.g. {@code tasks[2].forkTasks[0][1]}. */
    public record Located(String path, WorkflowTask task) {
    }

    private DefinitionTasks() {
    }

    public static List<Located> of(WorkflowDef definition) {
        List<Located> found = new ArrayList<>();
        collect(definition.getTasks(), "tasks", found);
        return found;
    }

    private static void collect(List<WorkflowTask> tasks, String path, List<Located> found) {
        if (tasks == null) {
            return;
        }
        for (int i = 0; i < tasks.size(); i++) {
            WorkflowTask task = tasks.get(i);
            String taskPath = path + "[" + i + "]";
            found.add(new Located(taskPath, task));
            if (task == null) {
                continue;
            }
            if (task.getForkTasks() != null) {
                for (int branch = 0; branch < task.getForkTasks().size(); branch++) {
                    collect(task.getForkTasks().get(branch), taskPath + ".forkTasks[" + branch + "]", found);
                }
            }
            if (task.getDecisionCases() != null) {
                for (Map.Entry<String, List<WorkflowTask>> branch : task.getDecisionCases().entrySet()) {
                    collect(branch.getValue(), taskPath + ".decisionCases." + branch.getKey(), found);
                }
            }
            collect(task.getDefaultCase(), taskPath + ".defaultCase", found);
            collect(task.getLoopOver(), taskPath + ".loopOver", found);
        }
    }
}
