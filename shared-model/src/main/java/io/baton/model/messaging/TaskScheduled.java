package io.baton.model.messaging;

import io.baton.model.task.Task;

/**
 * A worker task to offer on its queue. The task is the one a worker will receive from a poll.
 *
 * @param queueName     the queue to offer it on: the task's type (a worker task's definition name; HTTP, KAFKA_PUBLISH
 *                      or EVENT for the system tasks task-queue runs), prefixed by {@code domain:} if the workflow
 *                      routes it to a domain
 * @param visibleAfter  epoch milliseconds before which no poll may take it (start delay, retry delay)
 */
public record TaskScheduled(
        String messageId,
        String workflowId,
        String queueName,
        long visibleAfter,
        Task task) implements TaskDispatch {
}
