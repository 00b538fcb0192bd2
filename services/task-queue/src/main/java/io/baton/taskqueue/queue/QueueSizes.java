package io.baton.taskqueue.queue;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many tasks wait in each queue: the QUEUED ones, visible now or after a callback, as Conductor counts the
 * messages in a queue; tasks leased to a worker are not waiting.
 */
@ApplicationScoped
public class QueueSizes {
    /** What a queue holds: tasks waiting, and tasks leased to workers but not yet finished. */
    public record Depth(long waiting, long leased) {
    }

    /** A queue's waiting tasks and how long the oldest of them that a poll could take has been takeable. */
    public record Waiting(long depth, double oldestAgeSeconds) {
        public static final Waiting NONE = new Waiting(0, 0);
    }

    @Inject
    Pool pool;

    /** The number of waiting tasks of each named queue, 0 for a queue that has none or never had any. */
    public Uni<Map<String, Long>> waiting(List<String> queueNames) {
        return pool.preparedQuery("SELECT queue_name, count(*) FROM task_queue.queued_task "
                        + "WHERE queue_name = ANY($1) AND state = 'QUEUED' GROUP BY queue_name")
                .execute(Tuple.of(queueNames.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Long> sizes = new LinkedHashMap<>();
                    queueNames.forEach(name -> sizes.put(name, 0L));
                    for (Row row : rows) {
                        sizes.put(row.getString(0), row.getLong(1));
                    }
                    return sizes;
                });
    }

    /** Every queue that ever held a task, by name, with what it holds now. */
    public Uni<Map<String, Depth>> all() {
        // A queue whose finished tasks were all pruned is only in known_queue (FinishedTaskRetention).
        return pool.query("SELECT queue_name, sum(waiting)::bigint, sum(leased)::bigint FROM ("
                        + "SELECT queue_name, count(*) FILTER (WHERE state = 'QUEUED') AS waiting, "
                        + "count(*) FILTER (WHERE state = 'IN_PROGRESS') AS leased FROM task_queue.queued_task "
                        + "GROUP BY queue_name UNION ALL SELECT queue_name, 0, 0 FROM task_queue.known_queue) queues "
                        + "GROUP BY queue_name ORDER BY queue_name")
                .execute()
                .map(rows -> {
                    Map<String, Depth> depths = new LinkedHashMap<>();
                    for (Row row : rows) {
                        depths.put(row.getString(0), new Depth(row.getLong(1), row.getLong(2)));
                    }
                    return depths;
                });
    }

    /** Every queue holding waiting tasks, by name, with their number and the oldest takeable one's age as of now. */
    public Uni<Map<String, Waiting>> waitingWithAge() {
        long now = System.currentTimeMillis();
        return pool.preparedQuery("SELECT queue_name, count(*), min(visible_after) FILTER (WHERE visible_after <= $1) "
                        + "FROM task_queue.queued_task WHERE state = 'QUEUED' GROUP BY queue_name ORDER BY queue_name")
                .execute(Tuple.of(now))
                .map(rows -> {
                    Map<String, Waiting> waiting = new LinkedHashMap<>();
                    for (Row row : rows) {
                        Long oldest = row.getLong(2);
                        waiting.put(row.getString(0), new Waiting(row.getLong(1),
                                oldest == null ? 0 : Math.max(0, now - oldest) / 1000.0));
                    }
                    return waiting;
                });
    }
}
