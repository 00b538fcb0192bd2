package io.baton.decider.core.task;

import io.baton.decider.core.expression.JqEvaluator;
import io.baton.decider.core.expression.ScriptEvaluationException;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import java.util.List;

/**
 * JSON_JQ_TRANSFORM: runs its input's {@code queryExpression} over its whole input. Output as Conductor 3.32.3 writes
 * it: {@code result} is the first value the query emits (null when none), {@code resultList} all of them. A missing
 * query or a failing one fails the task, retriably, with the reason also in output {@code error}.
 */
final class JsonJqTransformTask implements TaskTypeHandler {
    @Override
    public void start(WorkflowExecution execution, Task task) {
        if (!(task.getInputData().get("queryExpression") instanceof String query)) {
            // Conductor sets no error output for this one.
            task.setReasonForIncompletion("Missing 'queryExpression' in input parameters");
            TaskLifecycle.finishNow(execution, task, TaskStatus.FAILED);
            return;
        }
        try {
            List<Object> results = JqEvaluator.evaluate(query, task.getInputData());
            task.getOutputData().put("resultList", results);
            EvaluationOutcome.complete(execution, task, results.isEmpty() ? null : results.getFirst());
        } catch (ScriptEvaluationException e) {
            EvaluationOutcome.fail(execution, task, TaskStatus.FAILED, e.getMessage());
        }
    }
}
