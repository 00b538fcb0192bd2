package io.baton.decider.core.task;

import io.baton.decider.core.expression.ScriptEvaluationException;
import io.baton.decider.core.expression.ScriptEvaluator;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;

/**
 * LAMBDA, INLINE's legacy form: its input's {@code scriptExpression} is the body of a JavaScript function (so it
 * {@code return}s its value), run with the input bound as {@code $}; output {@code result}. Every failure is FAILED,
 * retriable, as in Conductor 3.32.3.
 */
final class LambdaTask implements TaskTypeHandler {
    @Override
    public void start(WorkflowExecution execution, Task task) {
        Object body = task.getInputData().get("scriptExpression");
        if (!(body instanceof String text) || text.isBlank()) {
            // Conductor sets no error output for this one.
            task.setReasonForIncompletion("Empty 'scriptExpression' in Lambda task's input parameters. A non-empty "
                    + "String value must be provided.");
            TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED);
            return;
        }
        try {
            Object result = ScriptEvaluator.standard().evaluate("function scriptFun(){" + text + "} scriptFun();",
                    task.getInputData());
            EvaluationOutcome.complete(execution, task, result);
        } catch (ScriptEvaluationException e) {
            EvaluationOutcome.fail(execution, task, TaskStatus.FAILED, e.getMessage());
        }
    }
}
