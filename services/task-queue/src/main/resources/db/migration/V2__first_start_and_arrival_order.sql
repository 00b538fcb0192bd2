-- When a worker first took the task: Conductor keeps a task's startTime across later polls (callbacks, lost leases).
ALTER TABLE queued_task ADD COLUMN started_at bigint;
-- Arrival order breaks ties between tasks of equal priority and visibility, as Conductor's queue does.
ALTER TABLE queued_task ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

DROP INDEX queued_task_ready;
CREATE INDEX queued_task_ready ON queued_task (queue_name, priority DESC, visible_after, created_at) WHERE state = 'QUEUED';
