-- GET /api/event/executions lists the newest first, usually of one event or one message.
CREATE INDEX event_execution_by_event ON event_execution (event, created DESC);
CREATE INDEX event_execution_by_message ON event_execution (message_id);
