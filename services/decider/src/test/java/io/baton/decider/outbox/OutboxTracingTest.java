package io.baton.decider.outbox;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.messaging.Topics;
import io.baton.service.trace.TraceParents;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** An outbox row keeps the trace of the command that wrote it, even when it is published by a later run. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class OutboxTracingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxTracing tracing;

    @Inject
    Outbox outbox;

    @Test
    void aRowPublishedWithNoTraceCurrentContinuesTheTraceItWasStoredIn() {
        String traceparent = TraceParents.random();
        String stored;
        try (Scope applying = Span.wrap(SpanContext.createFromRemoteParent(TraceParents.traceId(traceparent),
                TraceParents.spanId(traceparent), TraceFlags.getSampled(), TraceState.getDefault())).makeCurrent()) {
            stored = tracing.current();
        }
        String key = UUID.randomUUID().toString();

        // as publishLeftovers does at start-up, from the row's columns
        outbox.publish(List.of(new OutboxMessage(-1, Topics.STATUS_EVENTS, key, null, "{}", stored)))
                .await().atMost(WAIT);

        TraceParents.assertSameTrace(traceparent, KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.STATUS_EVENTS, key, WAIT, records -> !records.isEmpty()));
    }
}
