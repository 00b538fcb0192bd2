package io.baton.taskqueue.task;

import io.baton.model.task.TaskExecLog;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The log lines of tasks (task_queue.task_log). */
@ApplicationScoped
public class TaskLogStore {
    @Inject
    Pool pool;

    /** Adds the lines to the task's log, each under that task's id whatever id it names, with its own createdTime. */
    public Uni<Void> append(String taskId, List<TaskExecLog> logs) {
        if (logs == null) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = logs.stream()
                .filter(log -> log != null && log.getLog() != null)
                .map(log -> Tuple.of(taskId, log.getLog(), log.getCreatedTime()))
                .toList();
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("INSERT INTO task_queue.task_log (task_id, log, created_time) VALUES ($1, $2, $3)")
                .executeBatch(rows)
                .replaceWithVoid();
    }

    /** Deletes the log lines of these tasks, in the caller's transaction. */
    public Uni<Void> deleteOf(SqlConnection connection, List<String> taskIds) {
        return connection.preparedQuery("DELETE FROM task_queue.task_log WHERE task_id = ANY($1)")
                .execute(Tuple.of(taskIds.toArray(String[]::new)))
                .replaceWithVoid();
    }

    /** The task's log, oldest line first. */
    public Uni<List<TaskExecLog>> list(String taskId) {
        return pool.preparedQuery("SELECT log, created_time FROM task_queue.task_log WHERE task_id = $1 "
                        + "ORDER BY created_time, id")
                .execute(Tuple.of(taskId))
                .map(rows -> {
                    List<TaskExecLog> logs = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        TaskExecLog log = new TaskExecLog();
                        log.setTaskId(taskId);
                        log.setLog(row.getString(0));
                        log.setCreatedTime(row.getLong(1));
                        logs.add(log);
                    }
                    return logs;
                });
    }
}
