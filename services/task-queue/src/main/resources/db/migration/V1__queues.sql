-- One row per worker task offered to workers. task-queue is the only writer.
CREATE TABLE queued_task (
    task_id          text PRIMARY KEY,
    queue_name       text   NOT NULL, -- the task type, as domain:type when routed to a domain
    workflow_id      text   NOT NULL,
    priority         int    NOT NULL, -- the workflow's priority, 0-99, higher first
    state            text   NOT NULL, -- QUEUED, IN_PROGRESS (leased to a worker) or DONE
    visible_after    bigint NOT NULL, -- epoch ms; no poll takes it before
    lease_ms         bigint NOT NULL, -- how long a poll leases it: the task's responseTimeoutSeconds
    lease_until      bigint,
    worker_id        text,
    poll_count       int    NOT NULL DEFAULT 0,
    task             jsonb  NOT NULL  -- the Task as the decider scheduled it
);
-- The poll: the oldest visible QUEUED tasks of one queue, highest priority first.
CREATE INDEX queued_task_ready ON queued_task (queue_name, priority DESC, visible_after) WHERE state = 'QUEUED';
-- Leases that ran out are offered again.
CREATE INDEX queued_task_leased ON queued_task (queue_name, lease_until) WHERE state = 'IN_PROGRESS';
