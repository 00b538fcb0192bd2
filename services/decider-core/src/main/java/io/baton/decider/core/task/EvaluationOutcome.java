package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;

/** How the task types that compute their output in the decider (INLINE, LAMBDA, JSON_JQ_TRANSFORM) end. */
final class EvaluationOutcome {
    private EvaluationOutcome() {
    }

    /** Completes with output {@code result}. */
    static void complete(WorkflowExecution execution, Task task, Object result) {
        task.getOutputData().put("result", result);
        TaskLifecycle.finishNow(execution, task, TaskStatus.COMPLETED);
    }

    /** Fails with the reason, which Conductor also outputs as {@code error}. */
    static void fail(WorkflowExecution execution, Task task, TaskStatus status, String reason) {
        task.setReasonForIncompletion(reason);
        task.getOutputData().put("error", reason);
        TaskLifecycle.finishNow(execution, task, status);
    }
}
