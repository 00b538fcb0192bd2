package io.baton.model.messaging;

/** Why the decider set a timer: what it checks again when the timer fires. */
public enum TimerPurpose {
    /** A WAIT task's duration or until has come. */
    WAIT_ELAPSED,
    /** An IN_PROGRESS task has had no update for its responseTimeoutSeconds. */
    RESPONSE_TIMEOUT,
    /** A started task has run for its timeoutSeconds. */
    TASK_TIMEOUT,
    /** A SCHEDULED task has not been polled within its pollTimeoutSeconds. */
    POLL_TIMEOUT,
    /** All attempts of a task together have run for its totalTimeoutSeconds. */
    TOTAL_TIMEOUT,
    /** The workflow has run for its timeoutSeconds. */
    WORKFLOW_TIMEOUT
}
