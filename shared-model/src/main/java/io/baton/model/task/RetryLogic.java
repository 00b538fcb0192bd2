package io.baton.model.task;

/** How the delay before a task's next attempt grows. */
public enum RetryLogic { FIXED, EXPONENTIAL_BACKOFF, LINEAR_BACKOFF }
