package io.baton.decider.command;

import io.baton.model.messaging.WorkflowCommand;

/**
 * A command as read from Kafka, with the trace context its record carried (propagation headers as JSON, null when
 * none): in a poll applied as one transaction, no single context is current, so each command brings its own.
 */
public record ReceivedCommand(WorkflowCommand command, String traceContext) {
}
