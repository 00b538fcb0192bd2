package io.baton.decider.conductorstatus;

import io.baton.decider.core.Decision;
import io.baton.decider.outbox.OutboxMessage;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.workflow.Workflow;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
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

    /**
     * Creates the topic when it is missing: left to automatic creation, the outbox's idempotent producer would race
     * the new topic's leader election (see the embedded broker's BatonTopics).
     */
    void createTopic(@Observes StartupEvent startup) throws InterruptedException, ExecutionException, TimeoutException {
        if (!enabled) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (admin.listTopics().names().get(WAIT_SECONDS, TimeUnit.SECONDS).contains(topic)) {
                return;
            }
            try {
                admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())))
                        .all().get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!led(admin)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " has no partition leaders within " + WAIT_SECONDS + " s");
                }
                Thread.sleep(50);
            }
        }
    }

    private boolean led(Admin admin) throws InterruptedException {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (ExecutionException notYetKnown) {
            return false;
        }
    }
}
