-- A task a worker polled is no longer offered again when its worker goes silent: the decider times it out
-- (responseTimeoutSeconds) and schedules a new attempt as a new task, as Conductor does. Only the system-task runner's
-- own claims (HTTP, KAFKA_PUBLISH, EVENT) still lapse, so a task whose runner died is run again: lease_until stays for
-- those, and the per-task lease length goes.
ALTER TABLE queued_task DROP COLUMN lease_ms;
