package io.baton.taskqueue.queue;

/** How Conductor names a task type's queue. */
public final class QueueNames {
    private QueueNames() {
    }

    /** The type's own queue, or {@code domain:type} for a task routed to a domain. */
    public static String of(String taskType, String domain) {
        return domain == null || domain.isBlank() ? taskType : domain + ":" + taskType;
    }
}
