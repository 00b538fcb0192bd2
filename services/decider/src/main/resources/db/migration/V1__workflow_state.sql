-- The decider is the only writer of these tables; workflow-api and task-queue read them.

CREATE TABLE workflow (
    workflow_id      text PRIMARY KEY,
    workflow_name    text   NOT NULL,
    workflow_version int    NOT NULL,
    status           text   NOT NULL,
    correlation_id   text,
    create_time      bigint NOT NULL,
    update_time      bigint NOT NULL,
    end_time         bigint NOT NULL DEFAULT 0,
    state            jsonb  NOT NULL -- the Workflow JSON without its tasks
);
CREATE INDEX workflow_by_name_status ON workflow (workflow_name, status);
CREATE INDEX workflow_by_correlation ON workflow (correlation_id) WHERE correlation_id IS NOT NULL;

CREATE TABLE task (
    task_id             text PRIMARY KEY,
    workflow_id         text  NOT NULL,
    seq                 int   NOT NULL,
    reference_task_name text  NOT NULL,
    status              text  NOT NULL,
    state               jsonb NOT NULL -- the Task JSON
);
CREATE INDEX task_by_workflow ON task (workflow_id, seq);

-- Every command applied (or deliberately ignored), written in the same transaction as its effects:
-- a redelivered command finds its id here and changes nothing.
CREATE TABLE applied_command (
    command_id  text PRIMARY KEY,
    workflow_id text   NOT NULL,
    applied_at  bigint NOT NULL
);

-- Messages decided but not yet acknowledged by Kafka. Written with the state, deleted once published;
-- whatever is left after a crash is published at start-up.
CREATE TABLE outbox (
    id          bigserial PRIMARY KEY,
    topic       text NOT NULL,
    message_key text NOT NULL,
    event_type  text,
    payload     text NOT NULL
);
