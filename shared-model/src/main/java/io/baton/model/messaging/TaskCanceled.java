package io.baton.model.messaging;

/**
 * A worker task to withdraw from its queue because its workflow ended: no worker may take it any more, and a result
 * a worker still sends for it changes nothing.
 *
 * @param queueName the queue it was offered on, as in the {@link TaskScheduled} that offered it
 */
public record TaskCanceled(
        String messageId,
        String workflowId,
        String taskId,
        String queueName) implements TaskDispatch {
}
