package io.baton.infra;

import io.baton.model.messaging.TopicProvisioning;
import io.baton.model.messaging.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;

/** Baton's topics, created before any service starts (see {@link TopicProvisioning} for why). */
final class BatonTopics {
    static final List<String> NAMES = List.of(Topics.COMMANDS, Topics.TASK_DISPATCH, Topics.STATUS_EVENTS,
            Topics.CONDUCTOR_EVENTS, Topics.EVENT_DEAD_LETTERS);
    private static final int PARTITIONS = 8;

    private BatonTopics() {
    }

    /** Creates the topics that are missing (one broker: replication 1) and returns once all have their leaders. */
    static void ensure(Admin admin, Duration within) throws InterruptedException, ExecutionException {
        TopicProvisioning.ensure(admin, NAMES, Optional.of(PARTITIONS), within);
    }
}
