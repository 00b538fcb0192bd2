package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SWITCH, and DECISION, its legacy form: picks a case from its input, completes at once, and leads into the first
 * task of that case (or of defaultCase); an empty case continues after the SWITCH. Output and input as Conductor
 * 3.32.3 writes them: SWITCH {@code evaluationResult: [case], selectedCase}, DECISION {@code caseOutput: [case]},
 * both with {@code case} added to the input.
 */
final class SwitchTask implements TaskTypeHandler {
    private static final String VALUE_PARAM = "value-param";

    @Override
    public void start(WorkflowExecution execution, Task task) {
        WorkflowTask node = task.getWorkflowTask();
        boolean decision = TaskType.DECISION.equals(node.getType());
        String evaluator = decision ? (node.getCaseExpression() == null ? VALUE_PARAM : "javascript")
                : node.getEvaluatorType() == null ? VALUE_PARAM : node.getEvaluatorType();
        if (!VALUE_PARAM.equals(evaluator)) {
            task.setReasonForIncompletion(node.getType() + " evaluator '" + evaluator
                    + "' is not supported yet by this version of Baton; use value-param");
            TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR);
            return;
        }
        String inputKey = decision ? node.getCaseValueParam() : node.getExpression();
        String caseValue = String.valueOf(inputKey == null ? null : task.getInputData().get(inputKey));
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
}
