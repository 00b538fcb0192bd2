package io.baton.model.messaging;

/**
 * A durable timer the decider set has come due; the decider service sends it when its time is reached. The decider
 * checks the workflow again at that time, so a timer made stale by what happened since (the task finished, a worker
 * answered, the workflow ended) changes nothing.
 *
 * @param issuedAt when the timer was due, epoch milliseconds: the decider applies it as of no earlier than that
 * @param taskId   the task the timer watches; null for the workflow's own timeout
 */
public record TimerFired(
        String commandId,
        String workflowId,
        long issuedAt,
        String taskId,
        TimerPurpose purpose) implements WorkflowCommand {
}
