package io.baton.taskqueue.queue;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class QueueSignalsTest {

    @Test
    void shouldStillWakeAWaitingPollAfterAnotherPollOnTheSameQueueTimedOut() {
        QueueSignals signals = new QueueSignals();
        CompletableFuture<Void> waiting = signals.nextArrival("q", Duration.ofSeconds(30))
                .subscribeAsCompletionStage();
        signals.nextArrival("q", Duration.ofMillis(1)).await().atMost(Duration.ofSeconds(5));
        CompletableFuture<Void> next = signals.nextArrival("q", Duration.ofSeconds(30)).subscribeAsCompletionStage();

        signals.taskArrived("q");

        assertDoesNotThrow(() -> waiting.get(5, TimeUnit.SECONDS));
        assertDoesNotThrow(() -> next.get(5, TimeUnit.SECONDS));
    }
}
