package io.baton.model.messaging;

import java.util.List;

/**
 * Tasks the decider deleted for good: those a restart, a rerun or a DO_WHILE's keepLastN dropped from their workflow,
 * or all of a workflow's tasks when it was removed (by request or by the retention of ended workflows). task-queue
 * deletes what it keeps of them, their log lines, which nothing could read any more.
 */
public record TasksRemoved(
        String messageId,
        String workflowId,
        List<String> taskIds) implements TaskDispatch {

    public TasksRemoved {
        taskIds = List.copyOf(taskIds);
    }
}
