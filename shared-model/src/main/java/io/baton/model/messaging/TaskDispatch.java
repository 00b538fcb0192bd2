package io.baton.model.messaging;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.baton.model.task.Task;

/** What the decider tells task-queue, on {@link Topics#TASK_DISPATCH} keyed by workflow id. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TaskScheduled.class, name = "TaskScheduled"),
        @JsonSubTypes.Type(value = TaskCanceled.class, name = "TaskCanceled"),
        @JsonSubTypes.Type(value = TasksRemoved.class, name = "TasksRemoved")
})
public sealed interface TaskDispatch permits TaskScheduled, TaskCanceled, TasksRemoved {
    /** Unique per message, so task-queue can drop a redelivered one. */
    String messageId();

    String workflowId();

    /**
     * Conductor's queue for a task: its type (a worker task's type is its definition's name; HTTP's is HTTP), behind
     * the domain the workflow routes it to.
     */
    static String queueNameOf(Task task) {
        return queueName(task.getTaskType(), task.getDomain());
    }

    /** Conductor's queue of a task type: the type itself, or {@code domain:type} for a task routed to a domain. */
    static String queueName(String taskType, String domain) {
        return domain == null || domain.isBlank() ? taskType : domain + ":" + taskType;
    }
}
