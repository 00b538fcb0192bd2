package io.baton.infra;

import io.baton.model.messaging.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates Baton's topics before any service starts, and waits until every partition has a leader. Left to automatic
 * creation, the first producer races the new topic's leader election; seen here, the outbox producer's retries then
 * went out of sequence for good and nothing was dispatched.
 */
final class BatonTopics {
    static final List<String> NAMES = List.of(Topics.COMMANDS, Topics.TASK_DISPATCH, Topics.STATUS_EVENTS,
            Topics.CONDUCTOR_EVENTS, Topics.EVENT_DEAD_LETTERS);
    private static final int PARTITIONS = 8;

    private BatonTopics() {
    }

    /** Creates the topics that are missing (one broker: replication 1) and returns once all have their leaders. */
    static void ensure(Admin admin, Duration within) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + within.toNanos();
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = NAMES.stream().filter(name -> !existing.contains(name))
                .map(name -> new NewTopic(name, Optional.of(PARTITIONS), Optional.empty()))
                .toList();
        try {
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        while (!allLed(admin)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Baton's topics have no leaders within " + within);
            }
            Thread.sleep(50);
        }
    }

    private static boolean allLed(Admin admin) throws InterruptedException {
        try {
            return admin.describeTopics(NAMES).allTopicNames().get().values().stream()
                    .map(TopicDescription::partitions)
                    .allMatch(partitions -> partitions.stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
        } catch (ExecutionException e) {
            return false; // not yet known to the broker's metadata
        }
    }
}
