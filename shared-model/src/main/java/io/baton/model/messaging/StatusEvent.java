package io.baton.model.messaging;

/**
 * A workflow or task status change, published on {@link Topics#STATUS_EVENTS} keyed by workflow id, its type also in
 * the {@link Topics#EVENT_TYPE_HEADER} header. One topic for both families keeps each workflow's events in order.
 */
public sealed interface StatusEvent permits WorkflowStatusEvent, TaskStatusEvent {
    String eventId();

    /** {@code workflow.started}, {@code task.completed}, …: the AsyncAPI message name. */
    String eventType();

    String workflowId();
}
