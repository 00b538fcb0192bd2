package io.baton.service.signal;

import io.baton.model.task.Task;
import io.baton.model.workflow.Workflow;
import io.baton.service.rest.ApiException;
import io.baton.service.signal.BlockingTasks.Blocked;
import io.baton.service.signal.SignalResponse.ReturnStrategy;
import io.baton.service.signal.SignalResponse.TaskRun;
import io.baton.service.signal.SignalResponse.WorkflowRun;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Conductor's WorkflowSignalResponder: re-reads a workflow until it has ended or is blocked (per the predicate), at
 * most until a deadline, and answers per the return strategy; when time runs out it answers the workflow as it is,
 * with {@code signalTimeout} true.
 */
public final class SignalResponder {
    private static final Duration RE_READ_EVERY = Duration.ofMillis(50);

    private final Function<String, Uni<Optional<Workflow>>> workflows;
    private final BlockingTasks blockingTasks;

    /** @param workflows reads a workflow with its tasks; empty when there is none with that id */
    public SignalResponder(Function<String, Uni<Optional<Workflow>>> workflows) {
        this.workflows = workflows;
        this.blockingTasks = new BlockingTasks(workflows);
    }

    public BlockingTasks blockingTasks() {
        return blockingTasks;
    }

    /** The returnStrategy parameter, or a 400 naming the strategies. */
    public static ReturnStrategy strategy(String name) {
        try {
            return ReturnStrategy.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badRequest("Invalid returnStrategy: " + name + "; must be one of "
                    + Arrays.toString(ReturnStrategy.values()));
        }
    }

    /**
     * The answer once the workflow has ended or is blocked, or at {@code deadlineNanos} ({@link System#nanoTime()});
     * null where Conductor answers nothing (a task strategy and no blocking task).
     */
    public Uni<SignalResponse> settled(String workflowId, Predicate<Task> blocking, ReturnStrategy strategy,
                                       String requestId, long deadlineNanos) {
        return workflows.apply(workflowId).flatMap(found -> {
            Workflow target = found.orElseThrow(() -> ApiException.notFound("No such workflow found by id: " + workflowId));
            return blockingTasks.first(target, blocking).flatMap(blocked -> {
                if (System.nanoTime() >= deadlineNanos) {
                    return Uni.createFrom().item(WorkflowRun.of(target, target, strategy, requestId, true));
                }
                if (blocked.isPresent() || target.getStatus().isTerminal()) {
                    return Uni.createFrom().item(answer(target, blocked, strategy, requestId));
                }
                return Uni.createFrom().voidItem().onItem().delayIt().by(RE_READ_EVERY)
                        .flatMap(waited -> settled(workflowId, blocking, strategy, requestId, deadlineNanos));
            });
        });
    }

    /** As Conductor's NotificationResult.toResponse. */
    private static SignalResponse answer(Workflow target, Optional<Blocked> blocked, ReturnStrategy strategy,
                                         String requestId) {
        return switch (strategy) {
            case TARGET_WORKFLOW -> WorkflowRun.of(target, target, strategy, requestId, false);
            case BLOCKING_WORKFLOW ->
                    WorkflowRun.of(target, blocked.map(Blocked::workflow).orElse(target), strategy, requestId, false);
            case BLOCKING_TASK, BLOCKING_TASK_INPUT ->
                    blocked.map(b -> (SignalResponse) TaskRun.of(target, b.task(), strategy, requestId)).orElse(null);
        };
    }
}
