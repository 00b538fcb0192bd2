package io.baton.model.task;

/** What happens when a task times out. */
public enum TaskTimeoutPolicy { RETRY, TIME_OUT_WF, ALERT_ONLY }
