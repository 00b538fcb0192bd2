package io.baton.service.rest;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Work a request starts that must not stop halfway. Quarkus REST cancels a request's Uni when its caller hangs up,
 * and a cancel between two writes (a commit in PostgreSQL and the command that goes with it on Kafka) would leave
 * them disagreeing for good. Work started here runs to its end whatever the caller does.
 */
public final class RunToEnd {
    private RunToEnd() {
    }

    public static <T> Uni<T> run(Supplier<Uni<T>> work) {
        return run(callerGone -> work.get());
    }

    /**
     * @param work given a check of whether the caller has gone, so it can undo rather than finish what nobody will
     *             receive
     * @return the work's result for a caller still there
     */
    public static <T> Uni<T> run(Function<BooleanSupplier, Uni<T>> work) {
        AtomicBoolean callerGone = new AtomicBoolean();
        CompletableFuture<T> result = Uni.createFrom().deferred(() -> work.apply(callerGone::get))
                .subscribeAsCompletionStage();
        return Uni.createFrom().<T>emitter(emitter -> result.whenComplete((item, failure) -> {
                    if (failure != null) {
                        emitter.fail(failure);
                    } else {
                        emitter.complete(item);
                    }
                }))
                .onCancellation().invoke(() -> callerGone.set(true));
    }
}
