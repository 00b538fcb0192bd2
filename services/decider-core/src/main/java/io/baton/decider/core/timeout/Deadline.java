package io.baton.decider.core.timeout;

import io.baton.model.messaging.TimerPurpose;

/**
 * A moment at which something about a workflow or one of its tasks is due to happen (a wait ends, a timeout strikes).
 *
 * @param taskId null for the workflow's own timeout
 */
public record Deadline(TimerPurpose purpose, String taskId, long at) {
}
