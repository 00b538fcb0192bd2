-- A workflow's definition gets a column of its own, written when the workflow starts and again only when a restart
-- replaces it: kept inside state, it was parsed, compressed and written again with every change of state, most of
-- PostgreSQL's work per workflow (StoredWorkflow in shared-model says how readers put the two back together).
ALTER TABLE workflow ADD COLUMN definition jsonb;
UPDATE workflow SET definition = state -> 'workflowDefinition', state = state - 'workflowDefinition';
