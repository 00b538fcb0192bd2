package io.baton.taskqueue.worker;

/** Conductor's PollData: when a worker last polled the queue of a task type, in a domain (null for none). */
public record PollData(String queueName, String domain, String workerId, long lastPollTime) {
}
