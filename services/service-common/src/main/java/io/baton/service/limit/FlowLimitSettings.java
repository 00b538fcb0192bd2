package io.baton.service.limit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How wide a fork and how many iterations a loop may have. Conductor bounds neither; Baton keeps a workflow's state
 * in one row that every decision reads and writes, so it bounds both. workflow-api refuses a static FORK_JOIN wider
 * than the limit at registration; the decider fails a FORK_JOIN_DYNAMIC that would fork more tasks, and a DO_WHILE
 * that would start one iteration more. Both services must be given the same values.
 */
@ConfigMapping(prefix = "baton.limits")
public interface FlowLimitSettings {
    /** The most branches of a FORK_JOIN, and the most tasks a FORK_JOIN_DYNAMIC forks. */
    @WithDefault("1000")
    int forkWidthMax();

    /** The most iterations of one DO_WHILE. */
    @WithDefault("10000")
    int loopIterationsMax();
}
