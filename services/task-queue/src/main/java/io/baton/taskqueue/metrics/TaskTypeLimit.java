package io.baton.taskqueue.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Any worker can poll for any task type, so the poll timer names at most {@code baton.metrics.max-task-types} of them
 * (the first seen) and counts the polls of any other as {@code taskType="other"}: a bounded number of series.
 */
@Singleton
public class TaskTypeLimit implements MeterFilter {
    static final String OTHER = "other";

    private final Set<String> named = ConcurrentHashMap.newKeySet();
    private final int limit;

    @Inject
    TaskTypeLimit(@ConfigProperty(name = "baton.metrics.max-task-types", defaultValue = "200") int limit) {
        this.limit = limit;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String taskType = id.getTag("taskType");
        if (!PollTimer.NAME.equals(id.getName()) || taskType == null || admitted(taskType)) {
            return id;
        }
        return id.withTag(Tag.of("taskType", OTHER));
    }

    private boolean admitted(String taskType) {
        if (named.contains(taskType)) {
            return true;
        }
        synchronized (named) {
            if (named.size() < limit) {
                named.add(taskType);
            }
            return named.contains(taskType);
        }
    }
}
