package io.baton.model.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics before anything produces to them, and waits until every partition has a leader. Left to automatic
 * creation, the first producer races the new topic's leader election; seen here, the outbox's idempotent producer then
 * retried out of sequence for good and nothing was dispatched.
 */
public final class TopicProvisioning {
    private TopicProvisioning() {
    }

    /**
     * Creates those of {@code names} that are missing, with {@code partitions} each (empty: the broker's default) and
     * the broker's default replication, and returns once all of them have their leaders.
     */
    public static void ensure(Admin admin, Collection<String> names, Optional<Integer> partitions, Duration within)
            throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + within.toNanos();
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = names.stream().filter(name -> !existing.contains(name))
                .map(name -> new NewTopic(name, partitions, Optional.empty()))
                .toList();
        try {
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        while (!allLed(admin, names)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topics " + names + " have no partition leaders within " + within);
            }
            Thread.sleep(50);
        }
    }

    private static boolean allLed(Admin admin, Collection<String> names) throws InterruptedException {
        try {
            return admin.describeTopics(names).allTopicNames().get().values().stream()
                    .map(TopicDescription::partitions)
                    .allMatch(partitions -> partitions.stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
        } catch (ExecutionException notYetKnown) {
            return false;
        }
    }
}
