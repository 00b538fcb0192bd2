package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * EXCLUSIVE_JOIN, placed after a DECISION/SWITCH: takes the output of the first task of {@code joinOn} that ran
 * (else of {@code defaultExclusiveJoinTask}) once it has ended, and fails if that task failed for good, as Conductor's
 * ExclusiveJoin does. Unlike Conductor, which then waits forever, it completes with an empty output when none of
 * them ran (an empty case was taken): it is scheduled after the case ended, so none of them can still come.
 */
final class ExclusiveJoinTask implements TaskTypeHandler {
    @Override
    public void start(WorkflowExecution execution, Task task) {
        task.getInputData().put("joinOn", new ArrayList<>(task.getWorkflowTask().getJoinOn()));
        task.getInputData().put("defaultExclusiveJoinTask",
                new ArrayList<>(task.getWorkflowTask().getDefaultExclusiveJoinTask()));
        TaskLifecycle.startWaiting(execution, task);
    }

    @Override
    public boolean reconsider(WorkflowExecution execution, Task join) {
        Optional<Task> joined = firstThatRan(execution, join.getWorkflowTask().getJoinOn())
                .or(() -> firstThatRan(execution, join.getWorkflowTask().getDefaultExclusiveJoinTask()));
        if (joined.isEmpty()) {
            TaskLifecycle.finishNow(execution, join, TaskStatus.COMPLETED);
            return true;
        }
        Task task = joined.get();
        if (!task.getStatus().isTerminal()) {
            return false;
        }
        if (!task.getStatus().isSuccessful()) {
            join.setReasonForIncompletion("Joined task " + task.getReferenceTaskName() + " ended with status "
                    + task.getStatus());
            TaskLifecycle.finishNow(execution, join, TaskStatus.FAILED);
            return true;
        }
        join.setOutputData(new LinkedHashMap<>(task.getOutputData()));
        TaskLifecycle.finishNow(execution, join, TaskStatus.COMPLETED);
        return true;
    }

    private static Optional<Task> firstThatRan(WorkflowExecution execution, List<String> refs) {
        return refs.stream().map(ref -> JoinTask.latest(execution, ref)).flatMap(Optional::stream).findFirst();
    }
}
