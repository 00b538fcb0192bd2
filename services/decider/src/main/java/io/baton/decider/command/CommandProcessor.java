package io.baton.decider.command;

import io.baton.decider.core.Decider;
import io.baton.decider.core.Decision;
import io.baton.decider.definition.StartResolver;
import io.baton.decider.outbox.Outbox;
import io.baton.decider.outbox.OutboxMessage;
import io.baton.decider.persistence.WorkflowStore;
import io.baton.model.messaging.WorkflowCommand;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Applies one command: in one transaction, record its id, load the workflow, resolve the definition of a start another
 * workflow asked for, run the pure decider, and write the new state with its outbox (including commands for other
 * workflows); after the commit, publish the outbox. A command seen before is skipped whole.
 */
@ApplicationScoped
public class CommandProcessor {
    private static final Logger LOG = Logger.getLogger(CommandProcessor.class);

    private final Decider decider = new Decider();
    private final Clock clock = Clock.systemUTC();

    @Inject
    Pool pool;

    @Inject
    WorkflowStore store;

    @Inject
    Outbox outbox;

    @Inject
    StartResolver startResolver;

    public Uni<Void> process(WorkflowCommand command) {
        return pool.withTransaction(connection -> store
                        .recordCommand(connection, command.commandId(), command.workflowId(), clock.millis())
                        .flatMap(firstTime -> {
                            if (!firstTime) {
                                LOG.debugf("Command %s was applied before; skipped", command.commandId());
                                return Uni.createFrom().item(List.<OutboxMessage>of());
                            }
                            return store.load(connection, command.workflowId()).flatMap(current -> startResolver
                                    .resolve(connection, command).flatMap(toApply -> {
                                        Decision decision = decider.apply(current, toApply, clock);
                                        if (!decision.applied()) {
                                            LOG.debugf("Command %s ignored: %s", command.commandId(),
                                                    decision.ignoredBecause());
                                            return Uni.createFrom().item(List.<OutboxMessage>of());
                                        }
                                        return write(connection, command, decision)
                                                .flatMap(done -> outbox.store(connection, Outbox.messagesOf(decision)));
                                    }));
                        }))
                .flatMap(outbox::publish);
    }

    /** The state rows a decision changes: none for a refused start, all of them for a removal. */
    private Uni<Void> write(SqlConnection connection, WorkflowCommand command, Decision decision) {
        if (decision.removesWorkflow()) {
            return store.remove(connection, command.workflowId());
        }
        if (decision.workflow() == null) {
            return Uni.createFrom().voidItem();
        }
        return store.save(connection, decision.workflow(), decision.changedTasks(), decision.removedTaskIds());
    }
}
