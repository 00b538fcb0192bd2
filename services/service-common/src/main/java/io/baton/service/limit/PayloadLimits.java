package io.baton.service.limit;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How large a workflow's input and a task's output may be, as JSON. Conductor moves larger payloads to external
 * storage up to {@code maxWorkflowInputPayloadSizeThreshold} / {@code maxTaskOutputPayloadSizeThreshold}; Baton has
 * no external storage and carries payloads in Kafka records (1 MB by default), so the limits sit well below that.
 */
@ConfigMapping(prefix = "baton.limits")
public interface PayloadLimits {
    /** A start whose input is larger is refused with 413. */
    @WithDefault("512K")
    MemorySize workflowInputMaxSize();

    /** A task update whose output is larger is refused with 413. */
    @WithDefault("512K")
    MemorySize taskOutputMaxSize();
}
