package io.baton.service.shutdown;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Lets a SIGTERM finish the Kafka record a consumer is handling (a decider command with its outbox, a task-queue
 * dispatch) while PostgreSQL and Kafka are still open: at the start of the shutdown no further record is begun (it
 * stays unacknowledged, so its offset is not committed and the next owner of the partition handles it), and the
 * shutdown waits for the one in flight. Without this, the pool closed under a record half handled, which then retried
 * against the closed pool until the consumer's closing timeout.
 */
@ApplicationScoped
public class ConsumerDrain {
    private static final Logger LOG = Logger.getLogger(ConsumerDrain.class);
    /** Well within quarkus.shutdown.timeout: one record's transaction and sends take milliseconds when all is up. */
    private static final Duration FINISH_WITHIN = Duration.ofSeconds(10);

    private final Object lock = new Object();
    private int inFlight;
    private boolean draining;

    /** Runs {@code handling} unless the service is shutting down, in which case the record is left for the next owner. */
    public Uni<Void> admit(Supplier<Uni<Void>> handling) {
        synchronized (lock) {
            if (draining) {
                return Uni.createFrom().nothing();
            }
            inFlight++;
        }
        return handling.get().onTermination().invoke(this::finished);
    }

    void drain(@Observes ShutdownDelayInitiatedEvent shutdown) {
        long deadline = System.nanoTime() + FINISH_WITHIN.toNanos();
        synchronized (lock) {
            draining = true;
            try {
                while (inFlight > 0 && System.nanoTime() < deadline) {
                    lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (inFlight > 0) {
                LOG.warnf("Shutting down with %d record(s) unfinished; they will be handled again", inFlight);
            }
        }
    }

    private void finished() {
        synchronized (lock) {
            inFlight--;
            lock.notifyAll();
        }
    }
}
