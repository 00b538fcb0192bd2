-- Indexes for workflow-api's search (/api/workflow/search and search-v2), which reads this table; the decider itself
-- never queries by these. Each costs the decider some write time, so only the filters and sorts searches use most.

-- workflowType IN (...) AND status IN (...), sorted or ranged by startTime: all three from one index, which also
-- serves what the former (workflow_name, status) index served.
CREATE INDEX workflow_by_name_status_start ON workflow (workflow_name, status, create_time);
DROP INDEX workflow_by_name_status;

-- status IN (...) alone, newest or oldest first.
CREATE INDEX workflow_by_status_start ON workflow (status, create_time);

-- A page of all workflows in start order (the default), and time ranges without a type or status.
CREATE INDEX workflow_by_start ON workflow (create_time, workflow_id);
CREATE INDEX workflow_by_update ON workflow (update_time);

-- freeText: a case-insensitive substring of the id, correlation id, input or output. Trigrams let ILIKE '%text%'
-- use an index; the expression must stay exactly the one workflow-api's FreeText searches.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE INDEX workflow_free_text ON workflow USING gin (
    (workflow_id || ' ' || coalesce(correlation_id, '') || ' ' || coalesce(state ->> 'input', '') || ' '
        || coalesce(state ->> 'output', '')) public.gin_trgm_ops);
