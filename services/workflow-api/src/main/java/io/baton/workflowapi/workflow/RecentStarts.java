package io.baton.workflowapi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The workflows this instance started in the last few seconds. A start only puts a command on Kafka, so the decider
 * may not have written the workflow when the client reads it back; for these ids a read waits briefly instead of
 * answering 404. Ids are forgotten in the order they were recorded, so the bookkeeping stays constant per start.
 */
@ApplicationScoped
public class RecentStarts {
    static final Duration WINDOW = Duration.ofSeconds(10);

    private record Started(String workflowId, long atNanos) {
    }

    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final Queue<Started> inOrder = new ConcurrentLinkedQueue<>();

    void record(String workflowId) {
        long now = System.nanoTime();
        startedAt.put(workflowId, now);
        inOrder.add(new Started(workflowId, now));
        for (Started oldest = inOrder.peek(); oldest != null && now - oldest.atNanos() > WINDOW.toNanos(); oldest = inOrder.peek()) {
            inOrder.remove(oldest);
            startedAt.remove(oldest.workflowId(), oldest.atNanos());
        }
    }

    boolean isRecent(String workflowId) {
        Long at = startedAt.get(workflowId);
        return at != null && System.nanoTime() - at <= WINDOW.toNanos();
    }
}
