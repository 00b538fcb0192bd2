-- The retention of ended workflows (WorkflowRetention) deletes the longest ended first. Partial: a running workflow's
-- updates never touch it.
CREATE INDEX workflow_ended_by_end_time ON workflow (end_time)
    WHERE status IN ('COMPLETED', 'FAILED', 'TIMED_OUT', 'TERMINATED');
