package io.baton.decider.outbox;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.messaging.Topics;
import io.baton.service.trace.TraceParents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** An outbox row keeps the trace of the command record that wrote it, even when it is published by a later run. */
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
    void aRowPublishedWithNoTraceCurrentContinuesTheTraceOfTheCommandRecord() {
        String traceparent = TraceParents.random();
        String stored = tracing.of(new RecordHeaders().add(TraceParents.HEADER,
                traceparent.getBytes(StandardCharsets.UTF_8)));
        String key = UUID.randomUUID().toString();

        // as publishLeftovers does at start-up, from the row's columns
        outbox.publish(List.of(new OutboxMessage(-1, Topics.STATUS_EVENTS, key, null, "{}", stored)))
                .await().atMost(WAIT);

        TraceParents.assertSameTrace(traceparent, KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.STATUS_EVENTS, key, WAIT, records -> !records.isEmpty()));
    }
}
