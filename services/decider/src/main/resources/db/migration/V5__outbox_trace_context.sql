-- The trace context of the command whose decision wrote the row, as the propagation headers it travels in (JSON,
-- e.g. {"traceparent": "00-…"}); null when tracing is off. Publishing puts it back, so the trace goes on past the commit.
ALTER TABLE outbox ADD COLUMN trace_context text;
