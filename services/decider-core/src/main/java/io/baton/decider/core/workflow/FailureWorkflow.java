package io.baton.decider.core.workflow;

import io.baton.decider.core.expression.ParameterResolver;
import io.baton.model.json.Json;
import io.baton.model.messaging.ResolveAndStartWorkflow;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A definition's {@code failureWorkflow}: started when a workflow fails, times out or is ended by its own run (a task
 * or a TERMINATE), not by a user's terminate, as in Conductor 3.32. Its input is the failed workflow's input plus
 * {@code workflowId}, {@code reason}, {@code failureStatus}, {@code failureTaskId} and the whole
 * {@code failedWorkflow}; its id is recorded in the failed workflow's output as {@code conductor.failure_workflow}.
 */
final class FailureWorkflow {
    static final String OUTPUT_KEY = "conductor.failure_workflow";

    private FailureWorkflow() {
    }

    static void startIfDefined(WorkflowExecution execution) {
        Workflow failed = execution.workflow();
        WorkflowDef definition = failed.getWorkflowDefinition();
        String name = nameOf(execution, definition.getFailureWorkflow());
        if (name == null) {
            return;
        }
        Map<String, Object> input = new LinkedHashMap<>(failed.getInput());
        input.put("workflowId", failed.getWorkflowId());
        input.put("reason", failed.getReasonForIncompletion());
        input.put("failureStatus", failed.getStatus().name());
        if (failed.getFailedTaskId() != null) {
            input.put("failureTaskId", failed.getFailedTaskId());
        }
        input.put("failedWorkflow", Json.mapper().convertValue(failed, Map.class));
        String failureWorkflowId = execution.newId();
        execution.command(new ResolveAndStartWorkflow(execution.newId(), failureWorkflowId, execution.now(), name,
                definition.getFailureWorkflowVersion(), null, input, failed.getCorrelationId(), 0,
                failed.getTaskToDomain(), null, null, null, null));
        Map<String, Object> output = new LinkedHashMap<>(failed.getOutput());
        output.put(OUTPUT_KEY, failureWorkflowId);
        failed.setOutput(output);
    }

    /** The name, which may be an expression such as {@code ${workflow.input.onFailure}}; null when there is none. */
    private static String nameOf(WorkflowExecution execution, String failureWorkflow) {
        if (failureWorkflow == null || failureWorkflow.isBlank()) {
            return null;
        }
        Object name = ParameterResolver.resolve(Map.of("name", failureWorkflow), execution.workflow(), null, execution.env()).get("name");
        return name == null || name.toString().isBlank() ? null : name.toString();
    }
}
