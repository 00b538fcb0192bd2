-- A task definition's concurrentExecLimit and rate limit hold across every task-queue instance: claims of its tasks
-- lock its row here, count its tasks in progress, and keep its rate window.
ALTER TABLE queued_task ADD COLUMN task_def_name text GENERATED ALWAYS AS (task->>'taskDefName') STORED;
CREATE INDEX queued_task_in_progress_by_def ON queued_task (task_def_name) WHERE state = 'IN_PROGRESS';

CREATE TABLE task_def_limit (
    task_def_name text   PRIMARY KEY,
    window_start  bigint NOT NULL, -- epoch ms: when the current rate window began
    handed_out    int    NOT NULL  -- tasks handed out in that window
);
