package io.baton.taskqueue.metrics;

import io.baton.model.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * Times a worker's poll, waiting included, as {@code baton_task_poll_seconds{taskType, result}} where result is
 * {@code task} (it took some), {@code empty} or {@code error}, with a few histogram buckets. {@link TaskTypeLimit}
 * bounds the task types named.
 */
@ApplicationScoped
public class PollTimer {
    static final String NAME = "baton.task.poll";
    /** A few histogram buckets, for percentiles per task type at a bounded number of series; a long poll waits 5 s. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5)};

    @Inject
    MeterRegistry registry;

    public Uni<List<Task>> timed(String taskType, Uni<List<Task>> poll) {
        return Uni.createFrom().deferred(() -> {
            Timer.Sample sample = Timer.start(registry);
            return poll.onItemOrFailure().invoke((tasks, failure) -> sample.stop(Timer.builder(NAME)
                    .description("Worker polls, from request to answer, by task type and whether they took a task")
                    .tag("taskType", String.valueOf(taskType))
                    .tag("result", failure != null ? "error" : tasks.isEmpty() ? "empty" : "task")
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry)));
        });
    }
}
