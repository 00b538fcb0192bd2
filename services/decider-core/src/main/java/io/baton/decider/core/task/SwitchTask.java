package io.baton.decider.core.task;

import io.baton.decider.core.expression.Evaluators;
import io.baton.decider.core.expression.ScriptEvaluationException;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SWITCH, and DECISION, its legacy form: picks a case by evaluating its expression over its input (value-param: the
 * input key it names; javascript or graaljs: a script with the input as {@code $}), completes at once, and leads into
 * the first task of that case (or of defaultCase); an empty case continues after the SWITCH. Output and input as Conductor
 * 3.32.3 writes them: SWITCH {@code evaluationResult: [case], selectedCase}, DECISION {@code caseOutput: [case]},
 * both with {@code case} added to the input.
 */
final class SwitchTask implements TaskTypeHandler {
    @Override
    public void start(WorkflowExecution execution, Task task) {
        WorkflowTask node = task.getWorkflowTask();
        boolean decision = TaskType.DECISION.equals(node.getType());
        CaseRule rule = CaseRule.of(node, decision);
        Optional<Evaluators.Evaluator> evaluator = Evaluators.of(rule.evaluatorType());
        if (evaluator.isEmpty()) {
            task.setReasonForIncompletion("No evaluator registered for type: " + rule.evaluatorType());
            TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR);
            return;
        }
        String caseValue;
        try {
            caseValue = String.valueOf(evaluator.get().evaluate(rule.expression(), task.getInputData()));
        } catch (ScriptEvaluationException e) {
            // As Conductor 3.32.3: a SWITCH fails with the script's error, a DECISION fails the workflow naming it.
            task.setReasonForIncompletion(decision ? "Error while evaluating script: " + rule.expression()
                    : e.getMessage());
            TaskLifecycle.finishNow(execution, task, decision ? TaskStatus.FAILED_WITH_TERMINAL_ERROR : TaskStatus.FAILED);
            return;
        }
        if (decision) {
            // Conductor keeps only the case in a DECISION's input.
            task.setInputData(new LinkedHashMap<>(Map.of("case", caseValue)));
            task.getOutputData().put("caseOutput", List.of(caseValue));
        } else {
            task.getInputData().put("case", caseValue);
            task.getOutputData().put("evaluationResult", List.of(caseValue));
            task.getOutputData().put("selectedCase", caseValue);
        }
        TaskLifecycle.finishNow(execution, task, TaskStatus.COMPLETED);
    }

    @Override
    public boolean leadsOnWhenScheduled() {
        return true;
    }

    @Override
    public List<WorkflowTask> next(WorkflowExecution execution, Task finished) {
        WorkflowTask node = finished.getWorkflowTask();
        List<WorkflowTask> chosen = node.getDecisionCases()
                .getOrDefault(String.valueOf(finished.getInputData().get("case")), node.getDefaultCase());
        if (chosen == null || chosen.isEmpty()) {
            return TaskTypeHandler.super.next(execution, finished);
        }
        return List.of(chosen.getFirst());
    }

    /** How the node picks its case: SWITCH names an evaluator; DECISION has a script or names an input key. */
    private record CaseRule(String evaluatorType, String expression) {
        static CaseRule of(WorkflowTask node, boolean decision) {
            if (!decision) {
                String type = node.getEvaluatorType() == null ? Evaluators.VALUE_PARAM : node.getEvaluatorType();
                return new CaseRule(type, node.getExpression());
            }
            if (node.getCaseExpression() == null || node.getCaseExpression().isBlank()) {
                return new CaseRule(Evaluators.VALUE_PARAM, node.getCaseValueParam());
            }
            return new CaseRule(Evaluators.JAVASCRIPT, node.getCaseExpression());
        }
    }
}
