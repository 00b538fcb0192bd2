package io.baton.taskqueue.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.baton.taskqueue.queue.QueueSizes;
import io.baton.taskqueue.queue.QueueSizes.Waiting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What waits in each task queue, for Prometheus: {@code baton_task_queue_depth{taskType}} (tasks QUEUED) and
 * {@code baton_task_queue_oldest_age_seconds{taskType}} (how long the oldest of them that a poll could take has been
 * takeable). One grouped query over the queue's partial index every {@code baton.metrics.queue-refresh}, whatever the
 * number of queues or scrapes; a scrape reads the last answer. A queue gets its gauges once it has held a task.
 */
@ApplicationScoped
public class QueueGauges {
    private static final Logger LOG = Logger.getLogger(QueueGauges.class);

    @Inject
    QueueSizes sizes;

    @Inject
    MeterRegistry registry;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "baton.metrics.queue-refresh", defaultValue = "15s")
    Duration refreshEvery;

    private final Set<String> gauged = ConcurrentHashMap.newKeySet();
    private volatile Map<String, Waiting> latest = Map.of();
    private long timer = -1;

    void start(@Observes StartupEvent startup) {
        timer = vertx.setPeriodic(1, refreshEvery.toMillis(), id -> refresh());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        vertx.cancelTimer(timer);
    }

    private void refresh() {
        sizes.waitingWithAge()
                .subscribe().with(waiting -> {
                    latest = waiting;
                    waiting.keySet().forEach(this::gauge);
                }, failure -> LOG.debugf("Queue gauges not refreshed: %s", failure.toString()));
    }

    private void gauge(String queueName) {
        if (!gauged.add(queueName)) {
            return;
        }
        Gauge.builder("baton.task.queue.depth", this, gauges -> gauges.waiting(queueName).depth())
                .description("Tasks waiting in the queue (QUEUED), as of the last refresh")
                .tag("taskType", queueName)
                .register(registry);
        Gauge.builder("baton.task.queue.oldest.age", this, gauges -> gauges.waiting(queueName).oldestAgeSeconds())
                .description("How long the oldest task a poll could take has waited, as of the last refresh")
                .baseUnit("seconds")
                .tag("taskType", queueName)
                .register(registry);
    }

    private Waiting waiting(String queueName) {
        return latest.getOrDefault(queueName, Waiting.NONE);
    }
}
