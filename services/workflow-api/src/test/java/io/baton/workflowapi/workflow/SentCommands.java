package io.baton.workflowapi.workflow;

import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The commands workflow-api put on baton.commands for a workflow, read back from Kafka. */
final class SentCommands {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final KafkaProbe kafka;

    SentCommands(String bootstrapServers) {
        this.kafka = KafkaProbe.shared(bootstrapServers);
    }

    /**
     * Every answer came after its command's acknowledgement, so a marker sent now is read after all of them: the
     * commands before it are all there are.
     */
    List<WorkflowCommand> of(String workflowId) {
        PauseWorkflow marker = new PauseWorkflow("marker-" + UUID.randomUUID(), workflowId, 0);
        kafka.send(Topics.COMMANDS, workflowId, Json.write(marker));
        List<WorkflowCommand> commands = kafka.readUntil(Topics.COMMANDS, workflowId, WAIT,
                        records -> records.stream().anyMatch(record -> record.value().contains(marker.commandId())))
                .stream().map(record -> Json.read(record.value(), WorkflowCommand.class)).toList();
        return commands.subList(0, commands.size() - 1);
    }

    static List<Class<?>> types(List<WorkflowCommand> commands) {
        return commands.stream().<Class<?>>map(Object::getClass).toList();
    }
}
