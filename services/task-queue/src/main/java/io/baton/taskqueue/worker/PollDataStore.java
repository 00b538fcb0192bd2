package io.baton.taskqueue.worker;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who polled which queue last (task_queue.poll_data). A worker polls many times a second; its row is written by the
 * first poll and then at most once per {@code baton.poll-data.write-interval} from this instance, so the poll path
 * does not pay a commit for every poll and a last poll time is at most that old (Conductor's PostgreSQL store offers
 * the same trade as {@code pollDataFlushInterval}).
 */
@ApplicationScoped
public class PollDataStore {
    /** Stands for "no domain" and "no worker named" in the key columns, which cannot hold null. */
    private static final String NONE = "";
    private static final int MAX_REMEMBERED = 10_000;
    private static final String COLUMNS = "SELECT task_type, domain, worker_id, last_poll_time FROM task_queue.poll_data ";

    @Inject
    Pool pool;

    @ConfigProperty(name = "baton.poll-data.write-interval", defaultValue = "1s")
    Duration writeInterval;

    /** When this instance last wrote each (task type, domain, worker) row. */
    private final Map<List<String>, Long> lastWritten = new ConcurrentHashMap<>();

    public Uni<Void> record(String taskType, String domain, String workerId, long now) {
        List<String> key = List.of(taskType, orNone(domain), orNone(workerId));
        Long written = lastWritten.get(key);
        if (written != null && now - written < writeInterval.toMillis()) {
            return Uni.createFrom().voidItem();
        }
        if (lastWritten.size() >= MAX_REMEMBERED) {
            // Worker ids are the clients' to choose; forgetting them all costs one write each, not memory.
            lastWritten.clear();
        }
        lastWritten.put(key, now);
        return pool.preparedQuery("INSERT INTO task_queue.poll_data (task_type, domain, worker_id, last_poll_time) "
                        + "VALUES ($1, $2, $3, $4) ON CONFLICT (task_type, domain, worker_id) "
                        + "DO UPDATE SET last_poll_time = greatest(poll_data.last_poll_time, EXCLUDED.last_poll_time)")
                .execute(Tuple.of(taskType, orNone(domain), orNone(workerId), now))
                .replaceWithVoid();
    }

    public Uni<List<PollData>> of(String taskType) {
        return pool.preparedQuery(COLUMNS + "WHERE task_type = $1 ORDER BY domain, worker_id")
                .execute(Tuple.of(taskType)).map(PollDataStore::pollData);
    }

    public Uni<List<PollData>> all() {
        return pool.query(COLUMNS + "ORDER BY task_type, domain, worker_id").execute().map(PollDataStore::pollData);
    }

    private static List<PollData> pollData(RowSet<Row> rows) {
        List<PollData> found = new ArrayList<>(rows.size());
        for (Row row : rows) {
            found.add(new PollData(row.getString(0), orNull(row.getString(1)), orNull(row.getString(2)), row.getLong(3)));
        }
        return found;
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }

    private static String orNull(String value) {
        return NONE.equals(value) ? null : value;
    }
}
