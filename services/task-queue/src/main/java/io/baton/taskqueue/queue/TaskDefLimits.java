package io.baton.taskqueue.queue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A task definition's concurrentExecLimit (at most that many of its tasks in progress) and rate limit (at most
 * rateLimitPerFrequency handed out per rateLimitFrequencyInSeconds), enforced inside a claim's transaction: the claim
 * locks the definition's row in task_def_limit, so claims of its tasks, from any task-queue instance, take turns, and
 * each counts what the ones before it committed. Conductor's PostgreSQL backend ignores the rate limit; Baton keeps it.
 */
final class TaskDefLimits {
    /** A task a claim found ready, with the limits its definition had when the decider scheduled it. */
    record Candidate(String taskId, String taskDefName, Limits limits) {
    }

    /** 0 is no limit, as in Conductor. */
    record Limits(int concurrentExecLimit, int ratePerFrequency, int frequencySeconds) {
        boolean any() {
            return concurrentExecLimit > 0 || rated();
        }

        boolean rated() {
            return ratePerFrequency > 0 && frequencySeconds > 0;
        }
    }

    private TaskDefLimits() {
    }

    /** The candidates, in their order, that fit their definitions' limits; the claim hands out only these. */
    static Uni<List<Candidate>> admit(SqlConnection conn, List<Candidate> candidates, long now) {
        // Locked in name order, so two claims that both hold tasks of two definitions cannot deadlock.
        Map<String, List<Candidate>> limited = candidates.stream().filter(candidate -> candidate.limits().any())
                .collect(Collectors.groupingBy(Candidate::taskDefName, TreeMap::new, Collectors.toList()));
        if (limited.isEmpty()) {
            return Uni.createFrom().item(candidates);
        }
        return Multi.createFrom().iterable(limited.values())
                .onItem().transformToUniAndConcatenate(ofDefinition -> admitted(conn, ofDefinition, now))
                .collect().in(HashSet<String>::new, Set::addAll)
                .map(admitted -> candidates.stream()
                        .filter(candidate -> !candidate.limits().any() || admitted.contains(candidate.taskId()))
                        .toList());
    }

    /** @param ofDefinition candidates of one definition, in queue order */
    private static Uni<List<String>> admitted(SqlConnection conn, List<Candidate> ofDefinition, long now) {
        String definition = ofDefinition.getFirst().taskDefName();
        Limits limits = ofDefinition.getFirst().limits();
        List<String> ids = ofDefinition.stream().map(Candidate::taskId).toList();
        // Locks the row (creating it the first time); whoever held it has committed, so the count below sees its claims.
        return conn.preparedQuery("INSERT INTO task_queue.task_def_limit (task_def_name, window_start, handed_out) "
                        + "VALUES ($1, $2, 0) ON CONFLICT (task_def_name) DO UPDATE SET task_def_name = EXCLUDED.task_def_name "
                        + "RETURNING window_start, handed_out")
                .execute(Tuple.of(definition, now))
                .flatMap(window -> conn.preparedQuery("SELECT count(*) FROM task_queue.queued_task "
                                + "WHERE task_def_name = $1 AND state = 'IN_PROGRESS' AND NOT (task_id = ANY($2))")
                        .execute(Tuple.of(definition, ids.toArray(String[]::new)))
                        .flatMap(inProgress -> {
                            Window current = Window.of(window.iterator().next(), limits, now);
                            int room = Math.min(ids.size(), Math.min(current.room(limits),
                                    concurrencyRoom(limits, inProgress.iterator().next().getLong(0))));
                            List<String> admitted = ids.subList(0, Math.max(room, 0));
                            if (admitted.isEmpty() || !limits.rated()) {
                                return Uni.createFrom().item(admitted);
                            }
                            return conn.preparedQuery("UPDATE task_queue.task_def_limit SET window_start = $2, "
                                            + "handed_out = $3 WHERE task_def_name = $1")
                                    .execute(Tuple.of(definition, current.start(), current.handedOut() + admitted.size()))
                                    .replaceWith(admitted);
                        }));
    }

    private static int concurrencyRoom(Limits limits, long inProgress) {
        return limits.concurrentExecLimit() > 0 ? (int) (limits.concurrentExecLimit() - inProgress) : Integer.MAX_VALUE;
    }

    /** The rate window a claim at {@code now} falls in: a new one begins at the first claim after the last one ended. */
    private record Window(long start, int handedOut) {
        static Window of(Row row, Limits limits, long now) {
            long start = row.getLong(0);
            boolean over = now >= start + limits.frequencySeconds() * 1000L;
            return over ? new Window(now, 0) : new Window(start, row.getInteger(1));
        }

        int room(Limits limits) {
            return limits.rated() ? limits.ratePerFrequency() - handedOut : Integer.MAX_VALUE;
        }
    }
}
