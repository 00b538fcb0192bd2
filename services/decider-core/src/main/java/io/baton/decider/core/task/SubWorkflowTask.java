package io.baton.decider.core.task;

import io.baton.decider.core.expression.ParameterResolver;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.json.Json;
import io.baton.model.messaging.ResolveAndStartWorkflow;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.SubWorkflowParams;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SUB_WORKFLOW: starts the child workflow {@code subWorkflowParam} names (name and version, the latest when absent) or
 * gives inline ({@code workflowDefinition}), and waits IN_PROGRESS with {@code subWorkflowId} in its output until the
 * child reports its end (see ChildWorkflowHandler). Input and child as Conductor 3.32's SubWorkflowTaskMapper and
 * SubWorkflow make them: the child runs with the task's input (its {@code workflowInput}), the parent's correlation id,
 * and {@code taskToDomain} from the params or else the parent's.
 */
final class SubWorkflowTask implements TaskTypeHandler {
    static final String SUB_WORKFLOW_ID = "subWorkflowId";

    @Override
    public void start(WorkflowExecution execution, Task task) {
        Workflow workflow = execution.workflow();
        SubWorkflowParams params = task.getWorkflowTask().getSubWorkflowParam();
        if (params == null) {
            fail(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR, "Task " + task.getWorkflowTask().getName()
                    + " is defined as sub-workflow and is missing subWorkflowParams. Please check the workflow definition");
            return;
        }
        Map<String, Object> resolved = ParameterResolver.resolve(paramsToResolve(params), workflow, task.getTaskId(),
                execution.env());
        WorkflowDef inline;
        try {
            inline = inlineDefinition(params, resolved);
        } catch (IllegalArgumentException e) {
            fail(execution, task, TaskStatus.FAILED, "Invalid workflowDefinition: " + e.getMessage());
            return;
        }
        Object name = inline != null ? inline.getName() : resolved.get("name");
        if (name == null) {
            fail(execution, task, TaskStatus.FAILED, "SubWorkflow name is null and no workflowDefinition supplied");
            return;
        }
        Integer version = inline != null ? null : version(resolved.get("version"));
        Map<String, String> taskToDomain = resolved.get("taskToDomain") instanceof Map<?, ?> domains
                ? stringMap(domains) : workflow.getTaskToDomain();
        int priority = resolved.get("priority") instanceof Number number ? number.intValue() : 0;

        Map<String, Object> workflowInput = new LinkedHashMap<>(task.getInputData());
        putPresent(task.getInputData(), "subWorkflowName", name.toString());
        putPresent(task.getInputData(), "priority", resolved.get("priority"));
        putPresent(task.getInputData(), "subWorkflowVersion", version);
        putPresent(task.getInputData(), "subWorkflowTaskToDomain", resolved.get("taskToDomain"));
        putPresent(task.getInputData(), "subWorkflowDefinition", inline == null ? null : params.getWorkflowDefinition());
        task.getInputData().put("workflowInput", workflowInput);
        Map<String, Object> childInput = new LinkedHashMap<>(workflowInput.isEmpty() ? task.getInputData() : workflowInput);
        if (inline != null) {
            // Conductor marks a child started from an inline definition.
            childInput.put("_systemMetadata", Map.of("dynamic", true));
        }

        String childId = execution.newId();
        execution.command(new ResolveAndStartWorkflow(execution.newId(), childId, execution.now(), name.toString(),
                version, inline, childInput, workflow.getCorrelationId(), priority, taskToDomain,
                workflow.getWorkflowId(), task.getTaskId(), null, null));
        task.setSubWorkflowId(childId);
        task.getOutputData().put(SUB_WORKFLOW_ID, childId);
        TaskLifecycle.startWaiting(execution, task);
    }

    /** The params Conductor resolves as expressions; an inline definition only when it is given as one. */
    private static Map<String, Object> paramsToResolve(SubWorkflowParams params) {
        Map<String, Object> toResolve = new LinkedHashMap<>();
        toResolve.put("name", params.getName());
        toResolve.put("version", params.getVersion());
        toResolve.put("priority", params.getPriority());
        toResolve.put("taskToDomain", params.getTaskToDomain());
        if (params.getWorkflowDefinition() instanceof String expression) {
            toResolve.put("workflowDefinition", expression);
        }
        return toResolve;
    }

    private static WorkflowDef inlineDefinition(SubWorkflowParams params, Map<String, Object> resolved) {
        Object definition = params.getWorkflowDefinition() instanceof String
                ? resolved.get("workflowDefinition") : params.getWorkflowDefinition();
        return definition == null ? null : Json.mapper().convertValue(definition, WorkflowDef.class);
    }

    /** A version given as a number or a numeric string; 0 means the latest, as in Conductor. */
    private static Integer version(Object value) {
        Integer version = switch (value) {
            case Number number -> number.intValue();
            case String text when text.matches("\\d+") -> Integer.valueOf(text);
            case null, default -> null;
        };
        return version == null || version == 0 ? null : version;
    }

    private static Map<String, String> stringMap(Map<?, ?> map) {
        Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((key, value) -> strings.put(String.valueOf(key), value == null ? null : value.toString()));
        return strings;
    }

    private static void putPresent(Map<String, Object> input, String key, Object value) {
        if (value != null) {
            input.put(key, value);
        }
    }

    private static void fail(WorkflowExecution execution, Task task, TaskStatus status, String reason) {
        task.setReasonForIncompletion(reason);
        TaskLifecycle.finishNow(execution, task, status);
    }
}
