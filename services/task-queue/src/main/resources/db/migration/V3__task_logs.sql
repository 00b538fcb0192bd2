-- Log lines workers attach to tasks (POST /api/tasks/{taskId}/log, and the logs of a TaskResult), in the order
-- Conductor lists them: by their createdTime, then as they arrived.
CREATE TABLE task_log (
    id           bigserial PRIMARY KEY,
    task_id      text   NOT NULL,
    log          text   NOT NULL,
    created_time bigint NOT NULL
);
CREATE INDEX task_log_by_task ON task_log (task_id, created_time, id);
