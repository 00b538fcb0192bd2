package io.baton.taskqueue.worker;

import io.baton.model.messaging.WorkflowCommand;
import io.baton.service.kafka.KeyedRecords;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Sends commands to the decider on baton.commands; the returned Uni completes once Kafka has them. */
@ApplicationScoped
public class Commands {
    @Inject
    @Channel("commands")
    MutinyEmitter<String> kafka;

    public Uni<Void> send(WorkflowCommand command) {
        return kafka.sendMessage(KeyedRecords.keyed(command.workflowId(), command));
    }
}
