package io.baton.decider.core.task;

import io.baton.decider.core.timeout.Deadlines;
import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.RetryLogic;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.workflow.WorkflowTask;

/** Conductor's retry rule: a failed attempt is followed by a new task, after a delay, while retries remain. */
public final class Retries {
    private Retries() {
    }

    /** @return true when a new attempt was scheduled */
    public static boolean retry(WorkflowExecution execution, Task failed, TaskTypes taskTypes) {
        WorkflowTask node = failed.getWorkflowTask();
        if (!failed.getStatus().isRetriable() || node == null || failed.getRetryCount() >= allowedRetries(node)
                || totalTimeoutSpent(execution, failed)) {
            return false;
        }
        scheduleAgain(execution, failed, taskTypes, delaySeconds(node.getTaskDefinition(), failed.getRetryCount()));
        return true;
    }

    /**
     * Supersedes an ended task with a new attempt of it, input resolved again, offered after the delay; used by the
     * retry rule and by a retry of the workflow. As in Conductor, the delay replaces the node's startDelay: an attempt
     * waits the retry delay only.
     */
    public static void scheduleAgain(WorkflowExecution execution, Task ended, TaskTypes taskTypes, long delaySeconds) {
        WorkflowTask node = ended.getWorkflowTask();
        ended.setRetried(true);
        execution.taskChanged(ended);
        Task attempt = TaskFactory.create(execution, node, TaskFactory.iterationCarriedOn(ended),
                ended.getRetryCount() + 1, ended.getTaskId());
        attempt.setStartDelayInSeconds((int) Math.min(delaySeconds, Integer.MAX_VALUE));
        attempt.setCallbackAfterSeconds(delaySeconds);
        execution.addTask(attempt);
        taskTypes.handlerFor(node).start(execution, attempt);
    }

    /** No attempt follows once all attempts together have run for the task's totalTimeoutSeconds. */
    private static boolean totalTimeoutSpent(WorkflowExecution execution, Task failed) {
        TaskDef definition = failed.getWorkflowTask().getTaskDefinition();
        return definition != null && definition.getTotalTimeoutSeconds() > 0
                && execution.now() - Deadlines.firstScheduledTime(execution.workflow(), failed)
                >= definition.getTotalTimeoutSeconds() * 1000L;
    }

    /** The workflow task's retryCount overrides the task definition's. */
    static int allowedRetries(WorkflowTask node) {
        if (node.getRetryCount() != null) {
            return node.getRetryCount();
        }
        return node.getTaskDefinition() == null ? 0 : node.getTaskDefinition().getRetryCount();
    }

    /** The delay before attempt {@code retryCount + 1}, capped by maxRetryDelaySeconds; overflow saturates. */
    static long delaySeconds(TaskDef definition, int retryCount) {
        if (definition == null) {
            return 0;
        }
        long base = definition.getRetryDelaySeconds();
        RetryLogic logic = definition.getRetryLogic() == null ? RetryLogic.FIXED : definition.getRetryLogic();
        long delay = switch (logic) {
            case FIXED -> base;
            case LINEAR_BACKOFF -> saturatedMultiply(base * scale(definition), retryCount + 1L);
            case EXPONENTIAL_BACKOFF -> retryCount >= 31 ? Integer.MAX_VALUE : saturatedMultiply(base, 1L << retryCount);
        };
        Integer cap = definition.getMaxRetryDelaySeconds();
        return cap != null && cap > 0 ? Math.min(delay, cap) : delay;
    }

    private static long scale(TaskDef definition) {
        return definition.getBackoffScaleFactor() == null ? 1 : definition.getBackoffScaleFactor();
    }

    private static long saturatedMultiply(long a, long b) {
        long product = a * b;
        return product > Integer.MAX_VALUE || product < 0 ? Integer.MAX_VALUE : product;
    }
}
