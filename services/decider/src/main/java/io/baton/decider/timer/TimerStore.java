package io.baton.decider.timer;

import io.baton.decider.core.DurableTimer;
import io.baton.decider.core.Timers;
import io.baton.model.json.Json;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/** The durable timers in PostgreSQL (decider.timer). */
@ApplicationScoped
public class TimerStore {
    /** A timer whose time has come: its command, to send on baton.commands keyed by its workflow. */
    public record DueTimer(String timerId, String workflowId, String command) {
    }

    @Inject
    Pool pool;

    /**
     * Writes a decision's timers in its transaction, after deleting those they replace; both statements are queued on
     * the connection when subscribed, the insert not waiting for the delete (the connection runs them in order).
     */
    public Uni<Void> set(SqlConnection connection, String workflowId, Timers timers) {
        List<Uni<Void>> statements = new ArrayList<>(2);
        if (timers.wholeWorkflow()) {
            statements.add(connection.preparedQuery("DELETE FROM decider.timer WHERE workflow_id = $1")
                    .execute(Tuple.of(workflowId)).replaceWithVoid());
        } else if (!timers.taskIds().isEmpty()) {
            statements.add(connection.preparedQuery("DELETE FROM decider.timer WHERE workflow_id = $1 AND task_id = ANY($2)")
                    .execute(Tuple.of(workflowId, timers.taskIds().toArray(String[]::new))).replaceWithVoid());
        }
        if (!timers.toSet().isEmpty()) {
            List<Tuple> rows = timers.toSet().stream().map(TimerStore::row).toList();
            statements.add(connection.preparedQuery("INSERT INTO decider.timer (timer_id, workflow_id, "
                            + "task_id, fire_at, command) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (timer_id) DO NOTHING")
                    .executeBatch(rows).replaceWithVoid());
        }
        if (statements.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(statements).andFailFast().replaceWithVoid();
    }

    /**
     * Locks up to {@code limit} timers due by {@code now}, earliest first, for this transaction; timers another
     * instance is firing are passed over (SKIP LOCKED), so each is sent by one instance.
     */
    public Uni<List<DueTimer>> claimDue(SqlConnection connection, long now, int limit) {
        return connection.preparedQuery("SELECT timer_id, workflow_id, command FROM decider.timer WHERE fire_at <= $1 "
                        + "ORDER BY fire_at LIMIT $2 FOR UPDATE SKIP LOCKED")
                .execute(Tuple.of(now, limit))
                .map(rows -> {
                    List<DueTimer> due = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        due.add(new DueTimer(row.getString(0), row.getString(1), row.getString(2)));
                    }
                    return due;
                });
    }

    public Uni<Void> delete(SqlConnection connection, List<DueTimer> fired) {
        return connection.preparedQuery("DELETE FROM decider.timer WHERE timer_id = ANY($1)")
                .execute(Tuple.of(fired.stream().map(DueTimer::timerId).toArray(String[]::new))).replaceWithVoid();
    }

    /** The earliest timer due after {@code now}; ones already due are being fired, here or by another instance. */
    public Uni<OptionalLong> nextAfter(long now) {
        return pool.preparedQuery("SELECT min(fire_at) FROM decider.timer WHERE fire_at > $1")
                .execute(Tuple.of(now))
                .map(rows -> {
                    Long next = rows.iterator().next().getLong(0);
                    return next == null ? OptionalLong.empty() : OptionalLong.of(next);
                });
    }

    private static Tuple row(DurableTimer timer) {
        return Tuple.from(Arrays.asList(timer.command().commandId(), timer.command().workflowId(),
                timer.command().taskId(), timer.fireAt(), Json.write(timer.command())));
    }
}
