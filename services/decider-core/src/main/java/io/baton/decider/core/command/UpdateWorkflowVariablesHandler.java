package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.UpdateWorkflowVariables;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * UpdateWorkflowVariables: merges variables into a RUNNING or PAUSED workflow, as a SET_VARIABLE task would. Nothing
 * is scheduled: tasks read the variables when they are next scheduled or evaluated.
 */
public final class UpdateWorkflowVariablesHandler {

    public Decision apply(WorkflowExecution execution, UpdateWorkflowVariables command) {
        Workflow workflow = execution.workflow();
        if (workflow.getStatus() != WorkflowStatus.RUNNING && workflow.getStatus() != WorkflowStatus.PAUSED) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + workflow.getStatus()
                    + ", not RUNNING or PAUSED");
        }
        Map<String, Object> variables = workflow.getVariables();
        if (command.variables() != null) {
            command.variables().forEach((name, value) -> variables.put(name,
                    command.appendArray() && variables.get(name) instanceof List<?> current ? appended(current, value) : value));
        }
        return execution.decision();
    }

    /** A list value is appended item by item, any other value as one item. */
    private static List<Object> appended(List<?> current, Object value) {
        List<Object> merged = new ArrayList<>(current);
        if (value instanceof List<?> items) {
            merged.addAll(items);
        } else {
            merged.add(value);
        }
        return merged;
    }
}
