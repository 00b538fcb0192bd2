package io.baton.decider.command;

import io.baton.decider.outbox.OutboxTracing;
import io.baton.model.json.Json;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.service.shutdown.ConsumerDrain;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads baton.commands a poll at a time. The commands of a poll are applied in order in one transaction, so each
 * workflow has a single writer and a poll costs one commit. The offsets are committed only after that transaction and
 * its outbox are done.
 */
@ApplicationScoped
public class CommandConsumer {
    private static final Logger LOG = Logger.getLogger(CommandConsumer.class);

    @Inject
    CommandProcessor processor;

    @Inject
    ConsumerDrain drain;

    @Inject
    OutboxTracing tracing;

    /** The records, not just their values: each command's trace context is in its own record's headers. */
    @Incoming("commands")
    public Uni<Void> onCommands(ConsumerRecords<String, String> records) {
        List<ReceivedCommand> commands = readable(records);
        if (commands.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // A failing poll is applied again one command at a time, so that a command that can never be applied is
        // skipped alone rather than with the whole poll.
        return drain.admit(() -> processor.process(commands)
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("A poll of %d commands failed, applying them one by one: %s", commands.size(), e.toString());
                    return oneByOne(commands);
                }));
    }

    private Uni<Void> oneByOne(List<ReceivedCommand> commands) {
        return Multi.createFrom().iterable(commands)
                .onItem().transformToUniAndConcatenate(this::untilApplied)
                .collect().last()
                .replaceWithVoid();
    }

    /**
     * Other failures here are the database or Kafka being unavailable: retry until they return. Only a command whose
     * data the database refuses (SQLSTATE class 22, e.g. a NUL character in JSON) is skipped: no retry can store it.
     */
    private Uni<Void> untilApplied(ReceivedCommand received) {
        WorkflowCommand command = received.command();
        return processor.process(List.of(received))
                .onFailure(CommandConsumer::refusedData).recoverWithUni(e -> {
                    LOG.errorf("Skipping command %s of workflow %s: the database refuses its data (%s)",
                            command.commandId(), command.workflowId(), e.getMessage());
                    return Uni.createFrom().voidItem();
                })
                .onFailure().invoke(e -> LOG.warnf("Command %s failed, retrying: %s", command.commandId(), e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(50), Duration.ofSeconds(5)).indefinitely();
    }

    private static boolean refusedData(Throwable failure) {
        return failure instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("22");
    }

    /** The commands of the poll in order, without those no Baton service could have written (retrying cannot fix them). */
    private List<ReceivedCommand> readable(ConsumerRecords<String, String> records) {
        List<ReceivedCommand> commands = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            String json = record.value();
            try {
                commands.add(new ReceivedCommand(Json.read(json, WorkflowCommand.class), tracing.of(record.headers())));
            } catch (IllegalArgumentException e) {
                LOG.errorf("Skipping unreadable command: %s (%s)", e.getMessage(), abbreviate(json));
            }
        }
        return commands;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
