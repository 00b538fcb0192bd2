package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.json.Json;
import io.baton.model.messaging.ResolveAndStartWorkflow;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.StartWorkflowRequest;
import io.baton.model.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * START_WORKFLOW: starts the workflow its {@code startWorkflow} input describes (a StartWorkflowRequest: name,
 * version, input, correlationId, taskToDomain, priority, workflowDef), with its {@code workflowId} in the output. The
 * start is a command the decider resolves and applies later, so the task waits IN_PROGRESS until the started
 * workflow reports that it runs (it completes) or that no such definition exists (it fails, without the id), as in
 * Conductor 3.32, where the task completes only once its start went through, and does not wait for the workflow to
 * end. As there, a blank correlationId or an empty taskToDomain is taken from the starting workflow.
 */
final class StartWorkflowTask implements TaskTypeHandler {
    private static final String PARAMETER = "startWorkflow";
    /** The output key of the started workflow's id. */
    static final String WORKFLOW_ID = "workflowId";

    @Override
    public void start(WorkflowExecution execution, Task task) {
        Object parameter = task.getInputData().get(PARAMETER);
        if (parameter == null) {
            fail(execution, task, "Missing '" + PARAMETER + "' in input data.");
            return;
        }
        StartWorkflowRequest request;
        try {
            request = Json.mapper().convertValue(parameter, StartWorkflowRequest.class);
        } catch (IllegalArgumentException e) {
            fail(execution, task, "Error reading StartWorkflowRequest. " + e.getMessage());
            return;
        }
        String name = request.getWorkflowDef() != null ? request.getWorkflowDef().getName() : request.getName();
        if (name == null || name.isBlank()) {
            fail(execution, task, PARAMETER + " validation failed. 'name' -> Workflow name cannot be null or empty. ");
            return;
        }
        Workflow workflow = execution.workflow();
        String correlationId = request.getCorrelationId() == null || request.getCorrelationId().isBlank()
                ? workflow.getCorrelationId() : request.getCorrelationId();
        Map<String, String> taskToDomain = request.getTaskToDomain() == null || request.getTaskToDomain().isEmpty()
                ? workflow.getTaskToDomain() : request.getTaskToDomain();
        String startedId = execution.newId();
        execution.command(new ResolveAndStartWorkflow(execution.newId(), startedId, execution.now(), name,
                request.getVersion(), request.getWorkflowDef(),
                request.getInput() == null ? new LinkedHashMap<>() : request.getInput(), correlationId,
                request.getPriority() == null ? 0 : request.getPriority(), taskToDomain, null, null,
                workflow.getWorkflowId(), task.getTaskId()));
        task.getOutputData().put(WORKFLOW_ID, startedId);
        TaskLifecycle.startWaiting(execution, task);
    }

    private static void fail(WorkflowExecution execution, Task task, String reason) {
        task.setReasonForIncompletion(reason);
        TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED);
    }
}
