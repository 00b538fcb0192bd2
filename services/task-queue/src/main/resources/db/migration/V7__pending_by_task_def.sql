-- GET /api/admin/task/{tasktype}: the tasks of a definition still on their queue, in arrival order.
CREATE INDEX queued_task_pending_by_def ON queued_task (task_def_name, created_at) WHERE state <> 'DONE';
