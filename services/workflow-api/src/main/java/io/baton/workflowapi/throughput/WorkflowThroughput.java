package io.baton.workflowapi.throughput;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts per minute and workflow type in one query: starts through the index on create_time, ends through the index on
 * update_time (a workflow's update_time is never before its end_time, so every workflow that ended in the window was
 * updated in it).
 */
@ApplicationScoped
public class WorkflowThroughput {
    private static final long MINUTE = 60_000;

    @Inject
    Pool pool;

    /** The minutes of the last {@code minutes} (the current one included) in which something started or ended. */
    public Uni<List<MinuteCount>> lastMinutes(int minutes) {
        long since = (System.currentTimeMillis() / MINUTE - minutes + 1) * MINUTE;
        return pool.preparedQuery("SELECT workflow_name, minute, sum(started), sum(completed), sum(failed) FROM ("
                        + "SELECT workflow_name, create_time / 60000 * 60000 AS minute, 1 AS started, 0 AS completed, "
                        + "0 AS failed FROM decider.workflow WHERE create_time >= $1 "
                        + "UNION ALL SELECT workflow_name, end_time / 60000 * 60000, 0, "
                        + "(status = 'COMPLETED')::int, (status <> 'COMPLETED')::int FROM decider.workflow "
                        + "WHERE update_time >= $1 AND end_time >= $1 "
                        + "AND status IN ('COMPLETED', 'FAILED', 'TIMED_OUT', 'TERMINATED')"
                        + ") counted GROUP BY workflow_name, minute ORDER BY workflow_name, minute")
                .execute(Tuple.of(since))
                .map(rows -> {
                    List<MinuteCount> counts = new ArrayList<>();
                    for (Row row : rows) {
                        counts.add(new MinuteCount(row.getString(0), row.getLong(1), row.getLong(2), row.getLong(3),
                                row.getLong(4)));
                    }
                    return counts;
                });
    }
}
