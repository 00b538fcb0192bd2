-- Task and workflow definitions, owned by workflow-api. The JSON is the definition as registered; the times live in
-- columns so an update can keep the creation time without rewriting the JSON.

CREATE TABLE task_def (
    name        text PRIMARY KEY,
    definition  jsonb  NOT NULL, -- the TaskDef JSON
    create_time bigint NOT NULL,
    update_time bigint
);

CREATE TABLE workflow_def (
    name        text   NOT NULL,
    version     int    NOT NULL,
    definition  jsonb  NOT NULL, -- the WorkflowDef JSON
    create_time bigint NOT NULL,
    update_time bigint,
    PRIMARY KEY (name, version)
);
