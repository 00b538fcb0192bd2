-- When the task was finished or withdrawn (epoch ms): FinishedTaskRetention deletes DONE rows some minutes after the
-- decider ended the task too. Rows done before this migration read 0, the oldest.
ALTER TABLE queued_task ADD COLUMN done_at bigint NOT NULL DEFAULT 0;
CREATE INDEX queued_task_done ON queued_task (done_at) WHERE state = 'DONE';

-- The queues whose tasks were all pruned: Conductor lists every queue that ever held a task (GET /api/tasks/queue/all).
CREATE TABLE known_queue (
    queue_name text PRIMARY KEY
);
