package io.baton.decider.core.command;

import io.baton.decider.core.Decision;
import io.baton.decider.core.workflow.DefinitionNavigator;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.messaging.SkipTask;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.model.workflow.WorkflowTask;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SkipTask: a task of a RUNNING workflow that has not been scheduled yet is recorded SKIPPED, with the input and
 * output given, as Conductor does; when the workflow reaches it, it moves on to what follows it instead.
 */
public final class SkipTaskHandler {

    public Decision apply(WorkflowExecution execution, SkipTask command) {
        Workflow workflow = execution.workflow();
        String ref = command.taskReferenceName();
        if (workflow.getStatus() != WorkflowStatus.RUNNING) {
            return Decision.ignored("workflow " + command.workflowId() + " is " + workflow.getStatus() + ", not RUNNING");
        }
        Optional<WorkflowTask> node = DefinitionNavigator.find(workflow.getWorkflowDefinition(), ref);
        if (node.isEmpty()) {
            return Decision.ignored("the definition has no task " + ref);
        }
        if (workflow.getTasks().stream().anyMatch(task -> ref.equals(task.getReferenceTaskName()))) {
            return Decision.ignored("task " + ref + " was already scheduled");
        }
        Task skipped = new Task();
        skipped.setTaskId(execution.newId());
        skipped.setReferenceTaskName(ref);
        skipped.setTaskType(node.get().getName());
        skipped.setTaskDefName(node.get().getName());
        skipped.setWorkflowTask(node.get());
        skipped.setStatus(TaskStatus.SKIPPED);
        skipped.setWorkflowInstanceId(workflow.getWorkflowId());
        skipped.setWorkflowType(workflow.getWorkflowName());
        skipped.setCorrelationId(workflow.getCorrelationId());
        skipped.setWorkflowPriority(workflow.getPriority());
        skipped.setEndTime(execution.now());
        skipped.setInputData(copyOf(command.taskInput()));
        skipped.setOutputData(copyOf(command.taskOutput()));
        execution.addTask(skipped);
        execution.taskStatusChanged(skipped);
        return execution.decision();
    }

    private static Map<String, Object> copyOf(Map<String, Object> values) {
        return values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
    }
}
