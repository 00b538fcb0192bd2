package io.baton.decider.command;

import io.baton.decider.conductorstatus.ConductorStatusPublisher;
import io.baton.decider.core.Decider;
import io.baton.decider.core.Decision;
import io.baton.decider.core.TaskDefLookup;
import io.baton.decider.core.WorkflowRows;
import io.baton.decider.definition.RegisteredTaskDefs;
import io.baton.decider.definition.StartResolver;
import io.baton.decider.metrics.WorkflowMetrics;
import io.baton.decider.outbox.Outbox;
import io.baton.decider.outbox.OutboxMessage;
import io.baton.decider.persistence.WorkflowStore;
import io.baton.decider.timer.TimerFiring;
import io.baton.decider.timer.TimerStore;
import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.workflow.Workflow;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Applies commands: for each, in one transaction for all, record its id, load the workflow, resolve the definition of
 * a start another workflow asked for, run the pure decider (again with the registered task definitions it needs, if
 * any) and store its outbox (including commands for other workflows); then write each changed workflow's rows and
 * timers once, for all of its commands. After the commit, wake up for the earliest timer and publish the outbox. A
 * command seen before is skipped whole.
 */
@ApplicationScoped
public class CommandProcessor {
    private static final Logger LOG = Logger.getLogger(CommandProcessor.class);

    private final Clock clock = Clock.systemUTC();

    @Inject
    Decider decider;

    @Inject
    WorkflowStore store;

    @Inject
    Outbox outbox;

    @Inject
    StartResolver startResolver;

    @Inject
    RegisteredTaskDefs registeredTaskDefs;

    @Inject
    TimerStore timers;

    @Inject
    TimerFiring timerFiring;

    @Inject
    ConductorStatusPublisher conductorStatus;

    @Inject
    WorkflowMetrics metrics;

    /**
     * Applies the commands in order in one transaction, which also forgets the outbox messages Kafka acknowledged since
     * the last one; after the commit, wakes up for the earliest timer, counts the events and publishes the outbox
     * messages, all in order.
     */
    public Uni<Void> process(List<ReceivedCommand> commands) {
        return outbox.inTransaction(connection -> store.recordCommands(connection,
                                commands.stream().map(ReceivedCommand::command).toList(), clock.millis())
                        .flatMap(firstTime -> store.load(connection, workflowsOf(commands, firstTime))
                                .flatMap(workflows -> applyInOrder(connection, commands, firstTime, workflows))))
                .invoke(committed -> {
                    committed.firstTimer().ifPresent(timerFiring::wakeUpAt);
                    metrics.countCommitted(committed.events());
                })
                .flatMap(committed -> outbox.publish(committed.messages()));
    }

    private static Set<String> workflowsOf(List<ReceivedCommand> commands, Set<String> firstTime) {
        Set<String> workflowIds = new HashSet<>();
        commands.stream().map(ReceivedCommand::command).filter(command -> firstTime.contains(command.commandId()))
                .forEach(command -> workflowIds.add(command.workflowId()));
        return workflowIds;
    }

    /**
     * Decides each command on the state the commands before it left (kept in {@code workflows}), skipping those
     * applied before. Then the outbox messages of all the decisions are written in one statement, in order, and the
     * rows of each workflow the poll changed once, as the run of its decisions left them ({@link WorkflowRows}); the
     * statements reach PostgreSQL pipelined and all are awaited at the end.
     */
    private Uni<Committed> applyInOrder(SqlConnection connection, List<ReceivedCommand> commands,
                                        Set<String> firstTime, Map<String, Workflow> workflows) {
        Set<String> toApply = new HashSet<>(firstTime);
        Map<String, WorkflowRows> changedRows = new LinkedHashMap<>();
        Decided decided = new Decided();
        return Multi.createFrom().iterable(commands)
                .onItem().transformToUniAndConcatenate(received -> {
                    WorkflowCommand command = received.command();
                    if (!toApply.remove(command.commandId())) {
                        LOG.debugf("Command %s was applied before; skipped", command.commandId());
                        return Uni.createFrom().voidItem();
                    }
                    return startResolver.resolve(connection, command)
                            .flatMap(resolved -> decide(connection, workflows.get(command.workflowId()), resolved,
                                    TaskDefLookup.NONE))
                            .invoke(decision -> {
                                changedRows.computeIfAbsent(command.workflowId(), id -> new WorkflowRows()).add(decision);
                                keep(received, decision, workflows, decided);
                            })
                            .replaceWithVoid();
                })
                .onItem().ignoreAsUni()
                .flatMap(all -> {
                    Uni<List<OutboxMessage>> messagesStored = outbox.store(connection, decided.messages);
                    List<Uni<Void>> rowsWritten = new ArrayList<>();
                    changedRows.forEach((workflowId, rows) -> rowsWritten.add(write(connection, workflowId, rows)));
                    // Both subscribed before either is awaited, so the connection queues all their statements at once.
                    CompletableFuture<List<OutboxMessage>> stored = messagesStored.subscribeAsCompletionStage();
                    CompletableFuture<?>[] written = rowsWritten.stream().map(Uni::subscribeAsCompletionStage)
                            .toArray(CompletableFuture[]::new);
                    return Uni.createFrom().completionStage(CompletableFuture.allOf(written))
                            .flatMap(done -> Uni.createFrom().completionStage(stored))
                            .map(decided::committed);
                });
    }

    /** Keeps the decision's state for the next commands and adds what it leaves to send and do after the commit. */
    private void keep(ReceivedCommand received, Decision decision, Map<String, Workflow> workflows, Decided decided) {
        WorkflowCommand command = received.command();
        if (!decision.applied()) {
            LOG.debugf("Command %s ignored: %s", command.commandId(), decision.ignoredBecause());
            return;
        }
        if (decision.removesWorkflow()) {
            workflows.remove(command.workflowId());
        } else if (decision.workflow() != null) {
            workflows.put(command.workflowId(), decision.workflow());
        }
        messagesOf(decision).forEach(message -> decided.messages.add(message.tracedBy(received.traceContext())));
        decided.events.addAll(decision.events());
        decision.timers().toSet().forEach(timer -> decided.earliestTimer = Math.min(decided.earliestTimer, timer.fireAt()));
    }

    /** Baton's own messages, then those of Conductor's status publisher when that option is on. */
    private List<OutboxMessage> messagesOf(Decision decision) {
        List<OutboxMessage> messages = new ArrayList<>(Outbox.messagesOf(decision));
        messages.addAll(conductorStatus.messagesOf(decision));
        return messages;
    }

    /**
     * The decision, made again with the registered task definitions it read at run time for as long as it lists
     * names not yet looked up (each round looks up more, so this ends).
     */
    private Uni<Decision> decide(SqlConnection connection, Workflow current, WorkflowCommand command,
                                 TaskDefLookup taskDefs) {
        Decision decision = decider.apply(current, command, clock, taskDefs);
        if (decision.taskDefsNeeded().isEmpty()) {
            return Uni.createFrom().item(decision);
        }
        return registeredTaskDefs.named(connection, decision.taskDefsNeeded()).flatMap(found ->
                decide(connection, current, command, taskDefs.with(decision.taskDefsNeeded(), found)));
    }

    /** What a committed poll leaves to do: publish its outbox, wake up for its earliest timer, count its events. */
    private record Committed(List<OutboxMessage> messages, OptionalLong firstTimer, List<StatusEvent> events) {
    }

    /** What a poll's decisions left so far, in the poll's order: messages (not yet stored), events, earliest timer. */
    private static final class Decided {
        final List<OutboxMessage> messages = new ArrayList<>();
        final List<StatusEvent> events = new ArrayList<>();
        long earliestTimer = Long.MAX_VALUE;

        Committed committed(List<OutboxMessage> stored) {
            return new Committed(stored, earliestTimer == Long.MAX_VALUE ? OptionalLong.empty()
                    : OptionalLong.of(earliestTimer), events);
        }
    }

    /** The rows and timers of one workflow, as the poll's decisions left them. */
    private Uni<Void> write(SqlConnection connection, String workflowId, WorkflowRows rows) {
        List<Uni<Void>> statements = new ArrayList<>(3);
        if (rows.removedFirst()) {
            statements.add(store.remove(connection, workflowId));
        }
        if (rows.workflow() != null) {
            statements.add(store.save(connection, rows));
        }
        statements.add(timers.set(connection, workflowId, rows.timers()));
        return Uni.join().all(statements).andFailFast().replaceWithVoid();
    }
}
