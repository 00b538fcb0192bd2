package io.baton.service.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class RunToEndTest {

    @Test
    void shouldFinishTheWorkAndTellItTheCallerWentAwayWhenTheCallerCancels() {
        // given: work whose second step waits on its first
        CompletableFuture<String> firstStep = new CompletableFuture<>();
        AtomicReference<BooleanSupplier> callerGone = new AtomicReference<>();
        AtomicBoolean secondStepRan = new AtomicBoolean();
        Uni<String> work = RunToEnd.run(gone -> {
            callerGone.set(gone);
            return Uni.createFrom().completionStage(firstStep).invoke(() -> secondStepRan.set(true));
        });
        Cancellable caller = work.subscribe().with(item -> { });

        // when
        caller.cancel();
        firstStep.complete("committed");

        // then
        assertTrue(secondStepRan.get());
        assertTrue(callerGone.get().getAsBoolean());
    }

    @Test
    void shouldHandTheResultToACallerStillThere() {
        AtomicReference<BooleanSupplier> callerGone = new AtomicReference<>();

        String result = RunToEnd.run(gone -> {
            callerGone.set(gone);
            return Uni.createFrom().item("done");
        }).await().indefinitely();

        assertEquals("done", result);
        assertFalse(callerGone.get().getAsBoolean());
    }
}
