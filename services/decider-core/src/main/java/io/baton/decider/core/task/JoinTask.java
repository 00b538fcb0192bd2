package io.baton.decider.core.task;

import io.baton.decider.core.workflow.WorkflowExecution;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JOIN: waits IN_PROGRESS until every task in {@code joinOn} has ended, then completes with their outputs by
 * reference name; it fails if one of them ended unsuccessfully for good (an optional task excused counts as done).
 */
final class JoinTask implements TaskTypeHandler {
    @Override
    public void start(WorkflowExecution execution, Task task) {
        task.getInputData().put("joinOn", new ArrayList<>(task.getWorkflowTask().getJoinOn()));
        // It waits IN_PROGRESS; reconsider ends it.
        TaskLifecycle.startWaiting(execution, task);
    }

    @Override
    public boolean reconsider(WorkflowExecution execution, Task join) {
        Map<String, Object> output = new LinkedHashMap<>();
        for (String ref : join.getWorkflowTask().getJoinOn()) {
            Optional<Task> joined = latest(execution, ref);
            if (joined.isEmpty() || !joined.get().getStatus().isTerminal()) {
                return false;
            }
            Task task = joined.get();
            if (!task.getStatus().isSuccessful()) {
                join.setReasonForIncompletion("Joined task " + ref + " ended with status " + task.getStatus());
                TaskLifecycle.finishNow(execution, join, TaskStatus.FAILED);
                return true;
            }
            output.put(ref, new LinkedHashMap<>(task.getOutputData()));
        }
        join.setOutputData(output);
        TaskLifecycle.finishNow(execution, join, TaskStatus.COMPLETED);
        return true;
    }

    /** The last attempt of a reference: a retried task is followed by a new one with the same name. */
    static Optional<Task> latest(WorkflowExecution execution, String ref) {
        List<Task> tasks = execution.workflow().getTasks();
        return tasks.stream().filter(t -> ref.equals(t.getReferenceTaskName())).max(Comparator.comparingInt(Task::getSeq));
    }
}
