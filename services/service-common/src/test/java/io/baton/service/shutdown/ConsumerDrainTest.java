package io.baton.service.shutdown;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConsumerDrainTest {
    private final ConsumerDrain drain = new ConsumerDrain();

    @Test
    void shutdownWaitsForTheRecordInFlightAndBeginsNoOther() {
        CompletableFuture<Void> handling = new CompletableFuture<>();
        UniAssertSubscriber<Void> inFlight = drain.admit(() -> Uni.createFrom().completionStage(handling))
                .subscribe().withSubscriber(UniAssertSubscriber.create());

        Thread shutdown = Thread.ofPlatform().start(() -> drain.drain(new ShutdownDelayInitiatedEvent()));
        // Waiting for the record in flight, the shutdown has stopped admitting new ones.
        await().atMost(Duration.ofSeconds(5)).until(() -> shutdown.getState() == Thread.State.TIMED_WAITING);
        AtomicBoolean begun = new AtomicBoolean();
        UniAssertSubscriber<Void> later = drain.admit(() -> Uni.createFrom().voidItem().invoke(() -> begun.set(true)))
                .subscribe().withSubscriber(UniAssertSubscriber.create());
        assertFalse(begun.get());
        later.assertNotTerminated();
        assertTrue(shutdown.isAlive(), "the shutdown went on with a record in flight");

        handling.complete(null);
        inFlight.awaitItem();
        await().atMost(Duration.ofSeconds(5)).until(() -> !shutdown.isAlive());
        assertFalse(begun.get());
    }

    @Test
    void recordsRunAsUsualUntilTheShutdown() {
        assertEquals("done", drain.admit(() -> Uni.createFrom().voidItem()).replaceWith("done")
                .await().atMost(Duration.ofSeconds(5)));
    }
}
