package io.baton.eventhandlers.event;

import io.baton.service.retention.ScheduledPrune;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Forgets event executions older than {@code baton.event-executions.retention} (7 days unless set), checked every
 * {@code baton.event-executions.prune-every}, so the table a busy event source fills does not grow without end
 * (Conductor's Redis store keeps them a minute, its SQL stores forever).
 */
@ApplicationScoped
public class EventExecutionRetention extends ScheduledPrune {
    @Inject
    EventExecutionStore store;

    public EventExecutionRetention() {
        super("event executions", "baton.event-executions.retention", Optional.of(Duration.ofDays(7)),
                "baton.event-executions.prune-every", Duration.ofMinutes(10));
    }

    @Override
    protected Uni<Integer> pruneOlderThan(long cutoff) {
        return store.deleteCreatedBefore(cutoff);
    }
}
