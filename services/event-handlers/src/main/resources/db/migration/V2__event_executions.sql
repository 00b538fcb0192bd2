-- One row per action of a handler run on a message (Conductor's EventExecution); SKIPPED rows for skipped handlers.
CREATE TABLE event_execution (
    handler_name text   NOT NULL,
    id           text   NOT NULL, -- <messageId>_<action index>
    message_id   text   NOT NULL,
    event        text   NOT NULL,
    action       text,
    status       text   NOT NULL, -- COMPLETED | FAILED | SKIPPED
    output       jsonb,
    reason       text,
    created      bigint NOT NULL,
    PRIMARY KEY (handler_name, id)
);
