-- Who last polled each queue, as Conductor's PollData: one row per task type, domain and worker, overwritten by each
-- poll of that worker ('' stands for no domain, and for a poll that named no worker).
CREATE TABLE poll_data (
    task_type      text   NOT NULL,
    domain         text   NOT NULL,
    worker_id      text   NOT NULL,
    last_poll_time bigint NOT NULL,
    PRIMARY KEY (task_type, domain, worker_id)
);
