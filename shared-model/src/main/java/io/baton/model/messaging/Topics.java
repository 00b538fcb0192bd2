package io.baton.model.messaging;

/**
 * Every Kafka topic Baton reads or writes, in one place. All but the event dead letters are keyed by workflow id, so
 * everything about one workflow stays on one partition, in order. asyncapi/baton-asyncapi.yaml documents the same topics.
 */
public final class Topics {
    /**
     * {@link WorkflowCommand}s for the decider; written by workflow-api, task-queue, event-handlers, and the decider
     * itself for the workflows a workflow starts or stops.
     */
    public static final String COMMANDS = "baton.commands";
    /** {@link TaskDispatch} messages from the decider to task-queue: worker tasks to offer, or to withdraw. */
    public static final String TASK_DISPATCH = "baton.task-dispatch";
    /** {@link StatusEvent}s: every workflow and task status change, the public contract of the AsyncAPI document. */
    public static final String STATUS_EVENTS = "baton.status-events";
    /** Header naming a status event's type, such as {@code workflow.completed}, so consumers can filter unparsed. */
    public static final String EVENT_TYPE_HEADER = "baton-event-type";
    /**
     * Messages of EVENT tasks with a {@code conductor} sink, for the event handlers of {@code conductor:...} events:
     * Conductor's internal event queues, all on one topic.
     */
    public static final String CONDUCTOR_EVENTS = "baton.conductor-events";
    /** Header naming a conductor event's queue, such as {@code conductor:order_flow:notify}: a handler's event. */
    public static final String EVENT_NAME_HEADER = "baton-event-name";
    /** Header carrying a conductor event's message id: the id of the EVENT task that sent it, as in Conductor. */
    public static final String MESSAGE_ID_HEADER = "baton-message-id";
    /**
     * Messages an event handler could not act on, each as it was received (key, value, headers) with the reason,
     * the handler and the action added as headers; keyed as the original message, not by workflow id.
     */
    public static final String EVENT_DEAD_LETTERS = "baton.event-dead-letters";
    /** Header of a dead letter: why the handler failed on it. */
    public static final String DEAD_LETTER_REASON_HEADER = "baton-dead-letter-reason";
    /** Header of a dead letter: the handler that failed on it, absent when the message could not be read at all. */
    public static final String HANDLER_HEADER = "baton-event-handler";
    /** Header of a dead letter: the action that failed, absent when the handler's condition did. */
    public static final String ACTION_HEADER = "baton-event-action";

    private Topics() {
    }
}
