package io.baton.eventhandlers.event;

import io.baton.service.retention.Pruning;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets event executions older than {@code baton.event-executions.retention} (7 days unless set), checked every
 * {@code baton.event-executions.prune-every}, so the table a busy event source fills does not grow without end
 * (Conductor's Redis store keeps them a minute, its SQL stores forever).
 */
@ApplicationScoped
public class EventExecutionRetention {
    @Inject
    EventExecutionStore store;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "baton.event-executions.retention", defaultValue = "P7D")
    Duration retention;

    @ConfigProperty(name = "baton.event-executions.prune-every", defaultValue = "PT10M")
    Duration pruneEvery;

    private long timer = -1;

    void start(@Observes StartupEvent startup) {
        timer = Pruning.every(vertx, pruneEvery, "event executions", this::prune);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        vertx.cancelTimer(timer);
    }

    /** Deletes the executions older than the retention at {@code now} (epoch ms); @return how many */
    public Uni<Integer> prune(long now) {
        return store.deleteCreatedBefore(now - retention.toMillis());
    }
}
