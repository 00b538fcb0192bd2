-- A polled task is no longer offered again when its worker goes silent: the decider times it out
-- (responseTimeoutSeconds) and schedules a new attempt as a new task, as Conductor does. Leases are gone.
DROP INDEX queued_task_leased;
ALTER TABLE queued_task DROP COLUMN lease_ms;
ALTER TABLE queued_task DROP COLUMN lease_until;
