package io.baton.decider.core.task;

import io.baton.decider.core.expression.Evaluators;
import io.baton.decider.core.expression.ScriptEvaluationException;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * INLINE: evaluates its input's {@code expression} with the evaluator its input's {@code evaluatorType} names
 * (javascript when absent), the whole input bound as {@code $}, and completes with output {@code result}. As in
 * Conductor 3.32.3, a missing expression, an unknown evaluator or a script error fails the task for good, a script
 * that runs out of time fails it retriably, and the reason is also output as {@code error}.
 */
final class InlineTask implements TaskTypeHandler {
    @Override
    public void start(WorkflowExecution execution, Task task) {
        // Absent or null means javascript, as in Conductor.
        String type = String.valueOf(Objects.requireNonNullElse(task.getInputData().get("evaluatorType"),
                Evaluators.JAVASCRIPT));
        Object expression = task.getInputData().get("expression");
        Optional<Evaluators.Evaluator> evaluator = Evaluators.of(type);
        if (type.isBlank()) {
            EvaluationOutcome.fail(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR, "Empty 'evaluatorType' in INLINE "
                    + "task's input parameters. A non-empty String value must be provided.");
        } else if (evaluator.isEmpty()) {
            EvaluationOutcome.fail(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR,
                    "Unknown evaluator '" + type + "' in INLINE task.");
        } else if (!(expression instanceof String text) || text.isBlank()) {
            EvaluationOutcome.fail(execution, task, TaskStatus.FAILED_WITH_TERMINAL_ERROR, "Empty 'expression' in Inline "
                    + "task's input parameters. A non-empty String value must be provided.");
        } else {
            try {
                EvaluationOutcome.complete(execution, task, evaluator.get().evaluate(text, task.getInputData()));
            } catch (ScriptEvaluationException e) {
                EvaluationOutcome.fail(execution, task,
                        e.terminal() ? TaskStatus.FAILED_WITH_TERMINAL_ERROR : TaskStatus.FAILED, e.getMessage());
            }
        }
    }
}
