package io.baton.workflowapi.throughput;

/** Workflows of one type that started, completed and failed (FAILED, TIMED_OUT or TERMINATED) in one minute. */
public record MinuteCount(String workflowType, long minute, long started, long completed, long failed) {
}
