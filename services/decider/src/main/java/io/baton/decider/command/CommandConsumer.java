package io.baton.decider.command;

import io.baton.model.json.Json;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.service.shutdown.ConsumerDrain;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads baton.commands. Commands of one partition are applied one after another, so each workflow has a single
 * writer without locks. The offset is committed only after the command's transaction and outbox are done.
 */
@ApplicationScoped
public class CommandConsumer {
    private static final Logger LOG = Logger.getLogger(CommandConsumer.class);

    @Inject
    CommandProcessor processor;

    @Inject
    ConsumerDrain drain;

    @Incoming("commands")
    public Uni<Void> onCommand(String json) {
        WorkflowCommand command;
        try {
            command = Json.read(json, WorkflowCommand.class);
        } catch (IllegalArgumentException e) {
            // A message no Baton service could have written; retrying cannot fix it.
            LOG.errorf("Skipping unreadable command: %s (%s)", e.getMessage(), abbreviate(json));
            return Uni.createFrom().voidItem();
        }
        // Failures here are the database or Kafka being unavailable: retry until they return, never skip a command.
        return drain.admit(() -> processor.process(command)
                .onFailure().invoke(e -> LOG.warnf("Command %s failed, retrying: %s", command.commandId(), e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(50), Duration.ofSeconds(5)).indefinitely());
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
