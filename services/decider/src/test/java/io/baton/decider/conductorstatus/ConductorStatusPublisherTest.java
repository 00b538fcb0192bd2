package io.baton.decider.conductorstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.decider.core.Decision;
import io.baton.decider.core.Timers;
import io.baton.decider.outbox.OutboxMessage;
import io.baton.model.json.Json;
import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which workflow events become Conductor-shaped messages, and their shape: pure, no Kafka. */
class ConductorStatusPublisherTest {

    private static ConductorStatusPublisher publisher(boolean enabled) {
        ConductorStatusPublisher publisher = new ConductorStatusPublisher();
        publisher.enabled = enabled;
        publisher.topic = "workflow-status-events";
        return publisher;
    }

    private static Workflow workflow(boolean listenerEnabled, WorkflowStatus status) {
        WorkflowDef definition = new WorkflowDef();
        definition.setName("orders");
        definition.setVersion(3);
        definition.setWorkflowStatusListenerEnabled(listenerEnabled);
        Workflow workflow = new Workflow();
        workflow.setWorkflowId("w-1");
        workflow.setWorkflowDefinition(definition);
        workflow.setStatus(status);
        workflow.setCreateTime(1_000L);
        workflow.setEndTime(status == WorkflowStatus.RUNNING ? 0 : 3_500L);
        workflow.setInput(Map.of("orderId", "o-1"));
        workflow.setReasonForIncompletion(status == WorkflowStatus.FAILED ? "boom" : null);
        return workflow;
    }

    private static Decision decision(Workflow workflow, String... eventTypes) {
        List<StatusEvent> events = java.util.Arrays.stream(eventTypes)
                .<StatusEvent>map(type -> WorkflowStatusEvent.of("e-" + type, type, 2_000L, workflow)).toList();
        return new Decision(workflow, true, false, List.of(), List.of(), List.of(), events, List.of(), Timers.NONE, false, null, java.util.Set.of());
    }

    @Test
    void shouldPublishNothingWhenTheOptionIsOffOrTheDefinitionDoesNotAskForIt() {
        assertEquals(List.of(), publisher(false).messagesOf(decision(workflow(true, WorkflowStatus.RUNNING), "workflow.started")));
        assertEquals(List.of(), publisher(true).messagesOf(decision(workflow(false, WorkflowStatus.RUNNING), "workflow.started")));
    }

    @Test
    void shouldReportAFailureAsTerminatedThenFinalizedWithConductorsSummary() {
        Workflow failed = workflow(true, WorkflowStatus.FAILED);

        List<OutboxMessage> messages = publisher(true).messagesOf(decision(failed, "workflow.failed"));

        assertEquals(List.of("TERMINATED", "FINALIZED"),
                messages.stream().map(message -> Json.read(message.payload(), Map.class).get("eventType")).toList());
        OutboxMessage first = messages.getFirst();
        assertEquals("workflow-status-events", first.topic());
        assertEquals("w-1", first.key());
        assertEquals(Map.of("workflowName", "orders", "eventType", "TERMINATED", "payload", Map.ofEntries(
                Map.entry("workflowType", "orders"), Map.entry("version", 3), Map.entry("workflowId", "w-1"),
                Map.entry("startTime", "1970-01-01T00:00:01.000Z"), Map.entry("endTime", "1970-01-01T00:00:03.500Z"),
                Map.entry("status", "FAILED"), Map.entry("input", Map.of("orderId", "o-1")), Map.entry("output", Map.of()),
                Map.entry("inputSize", 17), Map.entry("outputSize", 2), Map.entry("reasonForIncompletion", "boom"),
                Map.entry("executionTime", 2500), Map.entry("failedReferenceTaskNames", ""),
                Map.entry("failedTaskNames", List.of()), Map.entry("priority", 0))),
                Json.read(first.payload(), Map.class));
    }

    @Test
    void shouldNameEachLifecycleEventAsConductorsListenerDoes() {
        Workflow running = workflow(true, WorkflowStatus.RUNNING);

        List<Object> types = publisher(true).messagesOf(decision(running, "workflow.started", "workflow.paused",
                        "workflow.resumed", "workflow.restarted", "workflow.retried", "workflow.reran")).stream()
                .map(message -> Json.read(message.payload(), Map.class).get("eventType")).toList();

        assertEquals(List.of("STARTED", "PAUSED", "RESUMED", "RESTARTED", "RETRIED", "RERAN"), types);
    }
}
