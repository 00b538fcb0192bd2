-- Indexes for workflow-api's task search (/api/tasks/search and search-v2), which reads this table; the decider itself
-- finds tasks by workflow only. A task's type, times and workflow live in its JSON state, so these are expression
-- indexes: each expression must stay exactly the one workflow-api's TaskSearch filters and sorts on. Tasks are
-- rewritten at every status change, so only the filters and sorts searches use most.

-- taskType = x AND status IN (...), in the default order (scheduledTime) or ranged by it.
CREATE INDEX task_by_type_status_scheduled ON task ((state ->> 'taskType'), status, ((state ->> 'scheduledTime')::bigint));

-- taskDefName: the same as taskType for worker tasks, the definition's name for system tasks.
CREATE INDEX task_by_def_name_status ON task ((state ->> 'taskDefName'), status);

-- The tasks of a workflow type.
CREATE INDEX task_by_workflow_type_status ON task ((state ->> 'workflowType'), status);

-- status IN (...) alone, and a page of all tasks in the default order, and recent changes (updateTime > N).
CREATE INDEX task_by_status_scheduled ON task (status, ((state ->> 'scheduledTime')::bigint));
CREATE INDEX task_by_scheduled ON task (((state ->> 'scheduledTime')::bigint), task_id);
CREATE INDEX task_by_update ON task (((state ->> 'updateTime')::bigint));

-- freeText: a case-insensitive substring of the ids, correlation id, input or output (pg_trgm comes with V2).
CREATE INDEX task_free_text ON task USING gin (
    (task_id || ' ' || workflow_id || ' ' || coalesce(state ->> 'correlationId', '') || ' '
        || coalesce(state ->> 'inputData', '') || ' ' || coalesce(state ->> 'outputData', '')) public.gin_trgm_ops);
