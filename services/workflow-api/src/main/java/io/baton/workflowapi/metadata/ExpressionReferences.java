package io.baton.workflowapi.metadata;

import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.service.definition.DefinitionTasks;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conductor's check that every {@code ${ref.…}} in task inputs (and, here, in the workflow's output) names a task of
 * the definition: an expression that points nowhere would resolve to null at run time without a word. {@code
 * ${workflow.…}}, undotted names (environment values such as {@code ${CPEWF_TASK_ID}}) and the escaped {@code $${…}}
 * are not task references.
 */
final class ExpressionReferences {
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_-]*)[.\\[][^}]*}");

    private ExpressionReferences() {
    }

    static void check(WorkflowDef definition, String path, Set<String> references, Violations violations) {
        List<DefinitionTasks.Located> tasks = DefinitionTasks.of(definition);
        // A dynamic fork's tasks get their references at run time, so what they are called cannot be checked here.
        if (tasks.stream().anyMatch(located -> located.task() != null
                && TaskType.FORK_JOIN_DYNAMIC.equals(located.task().getType()))) {
            return;
        }
        for (DefinitionTasks.Located located : tasks) {
            if (located.task() != null) {
                walk(located.task().getInputParameters(), Violations.at(path, located.path()) + ".inputParameters",
                        references, violations);
            }
        }
        walk(definition.getOutputParameters(), Violations.at(path, "outputParameters"), references, violations);
    }

    private static void walk(Object value, String path, Set<String> references, Violations violations) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> walk(entry, path + "." + key, references, violations));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", references, violations);
            }
        } else if (value instanceof String text) {
            Matcher matcher = REFERENCE.matcher(text);
            while (matcher.find()) {
                String reference = matcher.group(1);
                if (!"workflow".equals(reference) && !references.contains(reference)) {
                    violations.add(path, "taskReferenceName: " + reference + " of input value: " + matcher.group()
                            + " is not defined in workflow definition.");
                }
            }
        }
    }
}
