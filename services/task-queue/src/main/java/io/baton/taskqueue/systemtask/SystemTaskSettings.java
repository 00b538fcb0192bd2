package io.baton.taskqueue.systemtask;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How task-queue runs system tasks (environment BATON_SYSTEM_TASKS_CONCURRENCY, BATON_SYSTEM_TASKS_LEASE). */
@ConfigMapping(prefix = "baton.system-tasks")
public interface SystemTaskSettings {
    /** How many tasks of each system task type one instance runs at once. */
    @WithDefault("20")
    int concurrency();

    /**
     * How long an instance holds a task it claimed: when it has not reported by then (it stopped, say), the task is
     * offered again. Longer than any one call's timeouts, or a slow call may run twice.
     */
    @WithDefault("60s")
    Duration lease();
}
