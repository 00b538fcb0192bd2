package io.baton.model.messaging;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What the decider tells task-queue, on {@link Topics#TASK_DISPATCH} keyed by workflow id. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TaskScheduled.class, name = "TaskScheduled")
})
public sealed interface TaskDispatch permits TaskScheduled {
    /** Unique per message, so task-queue can drop a redelivered one. */
    String messageId();

    String workflowId();
}
