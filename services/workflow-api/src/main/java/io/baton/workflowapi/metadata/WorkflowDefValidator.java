package io.baton.workflowapi.metadata;

import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import io.baton.service.definition.DefinitionTasks;
import io.baton.service.limit.FlowLimitSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Conductor's registration checks of a workflow definition: a name, at least one task, every task named and
 * referenced, reference names unique across the whole definition (nested tasks included), the fields each control
 * task needs, JOINs on references that exist, no sub-workflow that is the workflow itself, no {@code ${ref...}} on a
 * reference the definition lacks. A definition that passes can be started without the decider tripping over its
 * shape. A worker task needs no registered task definition: like Conductor 3.32, Baton runs it with the default one.
 * Beyond Conductor, a FORK_JOIN may have no more branches than {@code baton.limits.fork-width-max}.
 */
@ApplicationScoped
public class WorkflowDefValidator {
    /** The evaluators decider-core's {@code Evaluators} has; Conductor's python is not among them. */
    private static final List<String> EVALUATORS = List.of("value-param", "javascript", "graaljs");

    @Inject
    FlowLimitSettings limits;

    /** Fails with 400 listing every problem unless all the definitions are valid; paths carry the list index. */
    public Uni<Void> requireValid(List<WorkflowDef> definitions, boolean indexed) {
        return Uni.createFrom().item(() -> {
            Violations violations = new Violations();
            for (int i = 0; i < definitions.size(); i++) {
                String path = indexed ? "[" + i + "]" : "";
                check(definitions.get(i), path, violations);
                checkForkWidths(definitions.get(i), path, limits.forkWidthMax(), violations);
            }
            violations.throwIfAny();
            return null;
        });
    }

    /** Adds to {@code violations} what is wrong with {@code definition}, at JSON paths under {@code path}. */
    public static void check(WorkflowDef definition, String path, Violations violations) {
        if (definition == null) {
            violations.add(path.isEmpty() ? "workflowDef" : path, "WorkflowDef cannot be null");
            return;
        }
        String name = definition.getName();
        if (name == null || name.isBlank()) {
            violations.add(Violations.at(path, "name"), "WorkflowDef name cannot be null or empty");
        } else if (name.contains(":")) {
            violations.add(Violations.at(path, "name"), "Workflow name cannot contain the following set of characters: ':'");
        }
        if (definition.getTasks() == null || definition.getTasks().isEmpty()) {
            violations.add(Violations.at(path, "tasks"), "WorkflowTask list cannot be empty");
            return;
        }
        Set<String> references = new HashSet<>();
        List<DefinitionTasks.Located> tasks = DefinitionTasks.of(definition);
        for (DefinitionTasks.Located located : tasks) {
            checkTask(located.task(), Violations.at(path, located.path()), name, references, violations);
        }
        for (DefinitionTasks.Located located : tasks) {
            checkLinks(located.task(), Violations.at(path, located.path()), name, references, violations);
        }
        ExpressionReferences.check(definition, path, references, violations);
    }

    /** Adds a violation for each FORK_JOIN with more branches than {@code forkWidthMax}. */
    static void checkForkWidths(WorkflowDef definition, String path, int forkWidthMax, Violations violations) {
        if (definition == null || definition.getTasks() == null) {
            return;
        }
        for (DefinitionTasks.Located located : DefinitionTasks.of(definition)) {
            WorkflowTask task = located.task();
            if (task != null && TaskType.FORK_JOIN.equals(task.getType()) && task.getForkTasks() != null
                    && task.getForkTasks().size() > forkWidthMax) {
                violations.add(Violations.at(path, located.path()) + ".forkTasks", "FORK_JOIN "
                        + task.getTaskReferenceName() + " has " + task.getForkTasks().size()
                        + " branches, more than the limit of " + forkWidthMax + " (baton.limits.fork-width-max)");
            }
        }
    }

    /** What a task points at must be there: a JOIN's references, a sub-workflow that is not this one again. */
    private static void checkLinks(WorkflowTask task, String path, String workflowName, Set<String> references,
                                   Violations violations) {
        if (task == null || task.getType() == null) {
            return;
        }
        if (TaskType.JOIN.equals(task.getType()) && task.getJoinOn() != null) {
            for (String joined : task.getJoinOn()) {
                if (!references.contains(joined)) {
                    violations.add(path + ".joinOn", "JOIN " + task.getTaskReferenceName() + " joins on " + joined
                            + ", which is no taskReferenceName of the definition");
                }
            }
        }
        // A definition that starts itself as its child would start children without end.
        if (TaskType.SUB_WORKFLOW.equals(task.getType()) && task.getSubWorkflowParam() != null
                && workflowName != null && workflowName.equals(task.getSubWorkflowParam().getName())) {
            violations.add(path + ".subWorkflowParam.name", "SUB_WORKFLOW " + task.getTaskReferenceName()
                    + " starts " + workflowName + " itself: endless recursion");
        }
    }

    private static void checkTask(WorkflowTask task, String path, String workflowName, Set<String> references,
                                  Violations violations) {
        if (task == null) {
            violations.add(path, "WorkflowTask cannot be null");
            return;
        }
        boolean named = task.getName() != null && !task.getName().isBlank();
        if (!named) {
            violations.add(path + ".name", "WorkflowTask name cannot be empty or null");
        }
        String reference = task.getTaskReferenceName();
        if (reference == null || reference.isBlank()) {
            violations.add(path + ".taskReferenceName", "WorkflowTask taskReferenceName name cannot be empty or null");
        } else if (!references.add(reference)) {
            violations.add(path + ".taskReferenceName", "taskReferenceName: " + reference
                    + " should be unique across tasks for a given workflowDefinition: " + workflowName);
        }
        checkControlFields(task, path, violations);
    }

    /** The fields without which a control task cannot run, as Conductor's task-type constraint requires them. */
    private static void checkControlFields(WorkflowTask task, String path, Violations violations) {
        String type = task.getType();
        if (type == null) {
            return;
        }
        String subject = "taskType: " + type + " taskName: " + task.getName() + " (" + task.getTaskReferenceName() + ")";
        switch (type) {
            case TaskType.DECISION -> {
                if (blank(task.getCaseValueParam()) && blank(task.getCaseExpression())) {
                    violations.add(path + ".caseValueParam", subject + " needs caseValueParam or caseExpression");
                }
                requireCases(task, path, subject, violations);
            }
            case TaskType.SWITCH -> {
                if (blank(task.getEvaluatorType())) {
                    violations.add(path + ".evaluatorType", subject + " needs evaluatorType");
                } else if (!EVALUATORS.contains(task.getEvaluatorType())) {
                    violations.add(path + ".evaluatorType", subject + " has evaluatorType " + task.getEvaluatorType()
                            + ", Baton has " + String.join(", ", EVALUATORS));
                }
                if (blank(task.getExpression())) {
                    violations.add(path + ".expression", subject + " needs expression");
                }
                requireCases(task, path, subject, violations);
            }
            case TaskType.FORK_JOIN -> {
                if (task.getForkTasks() == null || task.getForkTasks().isEmpty()) {
                    violations.add(path + ".forkTasks", subject + " needs at least one list of forkTasks");
                    return;
                }
                for (int branch = 0; branch < task.getForkTasks().size(); branch++) {
                    if (task.getForkTasks().get(branch) == null || task.getForkTasks().get(branch).isEmpty()) {
                        violations.add(path + ".forkTasks[" + branch + "]", subject + " has a fork branch without tasks");
                    }
                }
            }
            case TaskType.DO_WHILE -> {
                // A loop over items needs no condition (Conductor 3.32 still asks for one, though it may be empty).
                if (blank(task.getLoopCondition()) && blank(task.getItems())
                        && (task.getInputParameters() == null || !task.getInputParameters().containsKey("_items"))) {
                    violations.add(path + ".loopCondition", subject + " needs loopCondition, or items to iterate over");
                }
                if (task.getLoopOver() == null || task.getLoopOver().isEmpty()) {
                    violations.add(path + ".loopOver", subject + " needs at least one task in loopOver");
                }
            }
            case TaskType.SUB_WORKFLOW -> {
                if (task.getSubWorkflowParam() == null) {
                    violations.add(path + ".subWorkflowParam", subject + " needs subWorkflowParam");
                }
            }
            case TaskType.DYNAMIC -> {
                if (blank(task.getDynamicTaskNameParam())) {
                    violations.add(path + ".dynamicTaskNameParam", subject + " needs dynamicTaskNameParam");
                }
            }
            default -> {
                // worker tasks and the other system tasks need nothing beyond name and reference
            }
        }
    }

    private static void requireCases(WorkflowTask task, String path, String subject, Violations violations) {
        if (task.getDecisionCases() == null || task.getDecisionCases().isEmpty()) {
            violations.add(path + ".decisionCases", subject + " needs at least one entry in decisionCases");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
