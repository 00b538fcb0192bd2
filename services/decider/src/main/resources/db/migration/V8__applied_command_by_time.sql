-- The retention of applied command ids (AppliedCommandRetention) deletes the oldest first.
CREATE INDEX applied_command_by_time ON applied_command (applied_at);
