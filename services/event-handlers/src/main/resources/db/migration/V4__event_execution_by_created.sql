-- The retention deletes executions by age (EventExecutionRetention).
CREATE INDEX event_execution_by_created ON event_execution (created);
