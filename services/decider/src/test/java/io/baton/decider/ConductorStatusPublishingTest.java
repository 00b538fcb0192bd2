package io.baton.decider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.TaskDef;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * With the option on (as application.properties has it in tests), a plain consumer of Conductor's topic reads a workflow's life as Conductor's publisher tells it,
 * each message valid against the AsyncAPI document.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class ConductorStatusPublishingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AsyncApiContract CONTRACT = new AsyncApiContract();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @SuppressWarnings("unchecked")
    void shouldPublishStartedTerminatedAndFinalizedForAWorkflowThatAsksForIt() {
        String workflowId = UUID.randomUUID().toString();
        send(start(workflowId));
        send(new TerminateWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), "enough"));

        List<ConsumerRecord<String, String>> records = KafkaProbe.shared(bootstrapServers)
                .readUntil("workflow-status-events", workflowId, WAIT, found -> found.size() >= 3);

        for (ConsumerRecord<String, String> record : records) {
            assertEquals(Set.of(), CONTRACT.violations("ConductorWorkflowStatus", record.value()), record.value());
        }
        List<Map<String, Object>> messages = records.stream().map(r -> (Map<String, Object>) Json.read(r.value(), Map.class)).toList();
        assertEquals(List.of("STARTED", "TERMINATED", "FINALIZED"), messages.stream().map(m -> m.get("eventType")).toList());
        assertEquals(List.of("RUNNING", "TERMINATED", "TERMINATED"),
                messages.stream().map(m -> ((Map<String, Object>) m.get("payload")).get("status")).toList());
        Map<String, Object> terminated = (Map<String, Object>) messages.get(1).get("payload");
        assertEquals("conductor_shape", messages.get(1).get("workflowName"));
        assertEquals(workflowId, terminated.get("workflowId"));
        assertEquals("enough", terminated.get("reasonForIncompletion"));
        assertEquals(Map.of("x", "listened"), terminated.get("input"));
    }

    private StartWorkflow start(String workflowId) {
        TaskDef taskDef = new TaskDef();
        taskDef.setName("conductor_shape_task");
        WorkflowTask task = new WorkflowTask();
        task.setName(taskDef.getName());
        task.setTaskReferenceName("only_ref");
        task.setTaskDefinition(taskDef);
        WorkflowDef definition = new WorkflowDef();
        definition.setName("conductor_shape");
        definition.setWorkflowStatusListenerEnabled(true);
        definition.setTasks(List.of(task));
        return new StartWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), definition,
                Map.of("x", "listened"), null, 0, Map.of(), null, null, null, null, null);
    }

    private void send(WorkflowCommand command) {
        KafkaProbe.shared(bootstrapServers).send(Topics.COMMANDS, command.workflowId(), Json.write(command));
    }
}
