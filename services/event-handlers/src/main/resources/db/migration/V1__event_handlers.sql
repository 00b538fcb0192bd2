CREATE TABLE event_handler (
    name       text PRIMARY KEY,
    event      text    NOT NULL,
    active     boolean NOT NULL,
    definition jsonb   NOT NULL -- the EventHandler JSON as registered
);
CREATE INDEX event_handler_by_event ON event_handler (event, active);
