package io.baton.taskqueue.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskTypeLimitTest {

    @Test
    void taskTypesBeyondTheLimitArePolledAsOther() {
        MeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new TaskTypeLimit(2));

        for (String taskType : List.of("a", "b", "c", "a", "d")) {
            Timer.builder(PollTimer.NAME).tag("taskType", taskType).register(registry).record(Duration.ofMillis(1));
        }

        assertEquals(List.of("a", "b", "other"), registry.find(PollTimer.NAME).timers().stream()
                .map(timer -> timer.getId().getTag("taskType")).sorted().toList());
        assertEquals(2, registry.get(PollTimer.NAME).tag("taskType", "a").timer().count());
        assertEquals(2, registry.get(PollTimer.NAME).tag("taskType", TaskTypeLimit.OTHER).timer().count());
    }

    @Test
    void otherMetersKeepTheirTaskType() {
        MeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new TaskTypeLimit(0));

        registry.counter("baton.other", "taskType", "x").increment();

        assertEquals(1.0, registry.get("baton.other").tag("taskType", "x").counter().count());
    }
}
