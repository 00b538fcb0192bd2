-- Durable timers: a command (TimerFired) to send to baton.commands once fire_at has come. Written in the transaction
-- of the decision that set them, replacing the ones it made stale; deleted once Kafka has the command.
CREATE TABLE timer (
    timer_id    text PRIMARY KEY, -- the command's id
    workflow_id text   NOT NULL,
    task_id     text,             -- null for the workflow's own timeout
    fire_at     bigint NOT NULL,  -- epoch ms
    command     text   NOT NULL   -- the TimerFired JSON
);
-- The firing: the due timers, earliest first, and the next one to wake up for.
CREATE INDEX timer_by_fire_at ON timer (fire_at);
-- A decision replaces the timers of the tasks it changed, or all of its workflow's.
CREATE INDEX timer_by_workflow ON timer (workflow_id, task_id);
