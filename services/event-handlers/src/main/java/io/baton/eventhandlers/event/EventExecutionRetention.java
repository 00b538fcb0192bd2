package io.baton.eventhandlers.event;

import io.baton.service.retention.ScheduledPrune;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets event executions older than {@code baton.event-executions.retention} (7 days unless set), checked every
 * {@code baton.event-executions.prune-every}, so the table a busy event source fills does not grow without end
 * (Conductor's Redis store keeps them a minute, its SQL stores forever).
 */
@ApplicationScoped
public class EventExecutionRetention extends ScheduledPrune {
    @Inject
    EventExecutionStore store;

    @ConfigProperty(name = "baton.event-executions.retention", defaultValue = "P7D")
    Duration retention;

    public EventExecutionRetention() {
        super("event executions", "baton.event-executions.prune-every", Duration.ofMinutes(10));
    }

    @Override
    public Uni<Integer> prune(long now) {
        return store.deleteCreatedBefore(now - retention.toMillis());
    }
}
