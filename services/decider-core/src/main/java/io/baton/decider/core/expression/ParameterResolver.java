package io.baton.decider.core.expression;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import io.baton.model.json.Json;
import io.baton.model.task.LoopIteration;
import io.baton.model.task.Task;
import io.baton.model.workflow.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves Conductor's {@code ${...}} expressions in task inputs and workflow outputs. The inside of each expression is
 * a JsonPath over a document whose roots are {@code workflow} and every task reference name. A string that is exactly
 * one expression takes the referenced value as it is (object, list, number); otherwise each value is written into the
 * text. Inner expressions resolve first; {@code $${} stands for a literal {@code ${}. {@code ${CPEWF_TASK_ID}} is the
 * task's id and {@code ${workflow.env.NAME}} a variable of the {@link WorkflowEnv}.
 */
public final class ParameterResolver {
    /** Expands to the id of the task whose input is being resolved. */
    static final String TASK_ID_VARIABLE = "CPEWF_TASK_ID";
    private static final Configuration JSON_PATH = Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS);

    private ParameterResolver() {
    }

    /**
     * @param taskId the task the input is for, or null when resolving workflow output
     * @return a new map; the parameters are left as they were
     */
    public static Map<String, Object> resolve(Map<String, Object> parameters, Workflow workflow, String taskId,
                                              WorkflowEnv env) {
        if (parameters == null || parameters.isEmpty()) {
            return new LinkedHashMap<>();
        }
        Resolution resolution = new Resolution(JsonPath.parse(document(workflow), JSON_PATH), taskId, env);
        return resolution.map(parameters);
    }

    private record Resolution(DocumentContext document, String taskId, WorkflowEnv env) {
        Map<String, Object> map(Map<String, Object> values) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            values.forEach((key, value) -> resolved.put(key, value(value)));
            return resolved;
        }

        @SuppressWarnings("unchecked")
        Object value(Object value) {
            if (value instanceof String text) {
                return text(text);
            }
            if (value instanceof Map<?, ?> map) {
                return map((Map<String, Object>) map);
            }
            if (value instanceof List<?> list) {
                List<Object> resolved = new ArrayList<>(list.size());
                list.forEach(item -> resolved.add(value(item)));
                return resolved;
            }
            return value;
        }

        Object text(String text) {
            if (!text.contains("${")) {
                return text;
            }
            int end = ExpressionScanner.closingBrace(text, 0);
            if (text.startsWith("${") && end == text.length() - 1) {
                return reference(interpolate(text.substring(2, end)));
            }
            return interpolate(text);
        }

        /** Writes every expression's value into the text. */
        String interpolate(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int i = 0;
            while (i < text.length()) {
                int end = text.startsWith("${", i) ? ExpressionScanner.closingBrace(text, i) : -1;
                if (text.startsWith("$${", i)) {
                    out.append("${");
                    i += 3;
                } else if (end > 0) {
                    out.append(Objects.toString(reference(interpolate(text.substring(i + 2, end)))));
                    i = end + 1;
                } else {
                    out.append(text.charAt(i++));
                }
            }
            return out.toString();
        }

        Object reference(String path) {
            String trimmed = path.trim();
            if (trimmed.isEmpty()) {
                return "";
            }
            if (TASK_ID_VARIABLE.equals(trimmed)) {
                return taskId;
            }
            if (trimmed.startsWith(WorkflowEnv.PREFIX)) {
                return detached(env.read(trimmed.substring(WorkflowEnv.PREFIX.length())));
            }
            return detached(document.read(trimmed));
        }

        /** A copy of a map or list read from the state, so a resolved input never shares (or contains) the state. */
        private static Object detached(Object value) {
            return value instanceof Map<?, ?> || value instanceof List<?> ? Json.mapper().convertValue(value, Object.class) : value;
        }
    }

    /**
     * The document expressions read: {@code workflow}, and each task by reference name (the latest attempt wins); a
     * task inside a loop by its reference without the {@code __N} suffix (the latest iteration wins).
     */
    static Map<String, Object> document(Workflow workflow) {
        Map<String, Object> document = new HashMap<>();
        Map<String, Object> fields = new HashMap<>();
        fields.put("input", workflow.getInput());
        fields.put("output", workflow.getOutput());
        fields.put("status", workflow.getStatus() == null ? null : workflow.getStatus().name());
        fields.put("workflowId", workflow.getWorkflowId());
        fields.put("parentWorkflowId", workflow.getParentWorkflowId());
        fields.put("parentWorkflowTaskId", workflow.getParentWorkflowTaskId());
        fields.put("workflowType", workflow.getWorkflowName());
        fields.put("version", workflow.getWorkflowVersion());
        fields.put("correlationId", workflow.getCorrelationId());
        fields.put("reasonForIncompletion", workflow.getReasonForIncompletion());
        fields.put("schemaVersion", workflow.getWorkflowDefinition() == null ? null : workflow.getWorkflowDefinition().getSchemaVersion());
        fields.put("variables", workflow.getVariables());
        document.put("workflow", fields);
        workflow.getTasks().stream()
                .sorted(Comparator.comparingInt(Task::getSeq))
                .forEach(task -> document.put(LoopIteration.definitionReference(task), taskFields(task)));
        return document;
    }

    private static Map<String, Object> taskFields(Task task) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("input", task.getInputData());
        fields.put("output", task.getOutputData());
        fields.put("taskType", task.getTaskType());
        fields.put("status", task.getStatus() == null ? null : task.getStatus().name());
        fields.put("referenceTaskName", task.getReferenceTaskName());
        fields.put("retryCount", task.getRetryCount());
        fields.put("correlationId", task.getCorrelationId());
        fields.put("pollCount", task.getPollCount());
        fields.put("taskDefName", task.getTaskDefName());
        fields.put("scheduledTime", task.getScheduledTime());
        fields.put("startTime", task.getStartTime());
        fields.put("endTime", task.getEndTime());
        fields.put("workflowInstanceId", task.getWorkflowInstanceId());
        fields.put("taskId", task.getTaskId());
        fields.put("reasonForIncompletion", task.getReasonForIncompletion());
        fields.put("callbackAfterSeconds", task.getCallbackAfterSeconds());
        fields.put("workerId", task.getWorkerId());
        fields.put("iteration", task.getIteration());
        return fields;
    }
}
