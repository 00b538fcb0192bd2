package io.baton.decider.conductorstatus;

import io.baton.decider.core.Decision;
import io.baton.decider.outbox.OutboxMessage;
import io.baton.model.messaging.TopicProvisioning;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.workflow.Workflow;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The option of Conductor's own Kafka workflow status publisher ({@code conductor.workflow-status-listener.type=kafka}),
 * for consumers written against it: off unless {@code baton.conductor-status-publisher.enabled}, and then, as in
 * Conductor, only for workflows whose definition has {@code workflowStatusListenerEnabled}. Its messages go through
 * the outbox with the decision's own, so they are as durable and as ordered per workflow as Baton's status events.
 */
@ApplicationScoped
public class ConductorStatusPublisher {
    private static final int WAIT_SECONDS = 30;

    @ConfigProperty(name = "baton.conductor-status-publisher.enabled", defaultValue = "false")
    boolean enabled;
    @ConfigProperty(name = "baton.conductor-status-publisher.topic", defaultValue = "workflow-status-events")
    String topic;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The Conductor-shaped messages of a decision's workflow events; none when off or not enabled for the workflow. */
    public List<OutboxMessage> messagesOf(Decision decision) {
        Workflow workflow = decision.workflow();
        if (!enabled || workflow == null || workflow.getWorkflowDefinition() == null
                || !workflow.getWorkflowDefinition().isWorkflowStatusListenerEnabled()) {
            return List.of();
        }
        return decision.events().stream()
                .filter(WorkflowStatusEvent.class::isInstance)
                .map(WorkflowStatusEvent.class::cast)
                .flatMap(event -> ConductorStatusMessage.eventTypesOf(event.eventType()).stream()
                        .map(eventType -> new OutboxMessage(0, topic, workflow.getWorkflowId(), null,
                                ConductorStatusMessage.json(eventType, event.status(), workflow))))
                .toList();
    }

    /** Creates the topic when it is missing, before the outbox produces to it (see {@link TopicProvisioning}). */
    void createTopic(@Observes StartupEvent startup) throws InterruptedException, ExecutionException {
        if (!enabled) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            TopicProvisioning.ensure(admin, List.of(topic), Optional.empty(), Duration.ofSeconds(WAIT_SECONDS));
        }
    }
}
