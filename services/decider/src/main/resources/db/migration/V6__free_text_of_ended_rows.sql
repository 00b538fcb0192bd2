-- The free-text (trigram) indexes cover only rows that have ended. A running workflow or task changes several times
-- and each change re-extracted the trigrams of its whole input and output: a fifth of the decider's PostgreSQL time
-- (seq3 benchmark: 48.8 -> 58.4 workflows/s without them). A search matches the live rows (RUNNING and PAUSED
-- workflows, SCHEDULED and IN_PROGRESS tasks) through their status index instead; workflow-api's search writes the
-- condition in two branches that match these predicates (io.baton.workflowapi.search.FreeText).
DROP INDEX workflow_free_text;
CREATE INDEX workflow_free_text ON workflow USING gin (
    (workflow_id || ' ' || coalesce(correlation_id, '') || ' ' || coalesce(state ->> 'input', '') || ' '
        || coalesce(state ->> 'output', '')) public.gin_trgm_ops)
    WHERE status NOT IN ('RUNNING', 'PAUSED');

DROP INDEX task_free_text;
CREATE INDEX task_free_text ON task USING gin (
    (task_id || ' ' || workflow_id || ' ' || coalesce(state ->> 'correlationId', '') || ' '
        || coalesce(state ->> 'inputData', '') || ' ' || coalesce(state ->> 'outputData', '')) public.gin_trgm_ops)
    WHERE status NOT IN ('SCHEDULED', 'IN_PROGRESS');
