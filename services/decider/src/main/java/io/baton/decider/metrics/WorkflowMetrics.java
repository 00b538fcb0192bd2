package io.baton.decider.metrics;

import io.baton.model.messaging.StatusEvent;
import io.baton.model.messaging.WorkflowStatusEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Counts workflow status changes by workflow type and event ({@code baton_workflow_events_total{workflowType,
 * event="workflow.started|completed|failed|terminated|timed_out|paused|…"}} on {@code /q/metrics}), once their
 * decision is committed: the numbers a dashboard of started, completed and failed workflows per type needs.
 */
@ApplicationScoped
public class WorkflowMetrics {
    static final String NAME = "baton.workflow.events";

    @Inject
    MeterRegistry registry;

    public void countCommitted(List<StatusEvent> events) {
        for (StatusEvent event : events) {
            if (event instanceof WorkflowStatusEvent workflowEvent) {
                Counter.builder(NAME)
                        .description("Workflow status changes the decider committed, by workflow type and event")
                        .tag("workflowType", String.valueOf(workflowEvent.workflowName()))
                        .tag("event", workflowEvent.eventType())
                        .register(registry)
                        .increment();
            }
        }
    }
}
