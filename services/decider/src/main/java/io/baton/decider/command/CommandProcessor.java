package io.baton.decider.command;

import io.baton.decider.core.Decider;
import io.baton.decider.core.Decision;
import io.baton.decider.outbox.Outbox;
import io.baton.decider.outbox.OutboxMessage;
import io.baton.decider.persistence.WorkflowStore;
import io.baton.model.messaging.WorkflowCommand;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Applies one command: in one transaction, record its id, load the workflow, run the pure decider, and write the new
 * state with its outbox; after the commit, publish the outbox. A command seen before is skipped whole.
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

    public Uni<Void> process(WorkflowCommand command) {
        return pool.withTransaction(connection -> store
                        .recordCommand(connection, command.commandId(), command.workflowId(), clock.millis())
                        .flatMap(firstTime -> {
                            if (!firstTime) {
                                LOG.debugf("Command %s was applied before; skipped", command.commandId());
                                return Uni.createFrom().item(List.<OutboxMessage>of());
                            }
                            return store.load(connection, command.workflowId()).flatMap(current -> {
                                Decision decision = decider.apply(current, command, clock);
                                if (!decision.applied()) {
                                    LOG.debugf("Command %s ignored: %s", command.commandId(), decision.ignoredBecause());
                                    return Uni.createFrom().item(List.<OutboxMessage>of());
                                }
                                Uni<Void> written = decision.removesWorkflow()
                                        ? store.remove(connection, command.workflowId())
                                        : store.save(connection, decision.workflow(), decision.changedTasks(),
                                                decision.removedTaskIds());
                                return written.flatMap(saved -> outbox.store(connection, Outbox.messagesOf(decision)));
                            });
                        }))
                .flatMap(outbox::publish);
    }
}
