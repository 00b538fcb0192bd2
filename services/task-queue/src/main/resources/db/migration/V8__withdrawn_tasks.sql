-- A task the decider withdrew (timed out, canceled) is DONE like a finished one, but a worker's late result for it is
-- refused (409) rather than taken as a repeat of a result already given.
ALTER TABLE queued_task ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
