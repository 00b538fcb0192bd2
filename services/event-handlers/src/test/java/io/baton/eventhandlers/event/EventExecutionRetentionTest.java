package io.baton.eventhandlers.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.eventhandlers.event.EventExecution.Status;
import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WorkflowApiPeer.class, restrictToAnnotatedClass = false)
class EventExecutionRetentionTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    @Inject
    EventExecutionStore store;

    @Inject
    EventExecutionRetention retention;

    @Test
    void shouldForgetExecutionsOlderThanTheRetentionAndKeepTheRest() {
        // given: one execution eight days old and one a day old, the retention being 7 days
        long now = System.currentTimeMillis();
        String event = "kafka:retention_" + UUID.randomUUID();
        record(event, "old", now - 8 * DAY_MS);
        record(event, "recent", now - DAY_MS);

        // when
        retention.prune(now).await().atMost(WAIT);

        // then
        List<String> kept = store.find(new EventExecutionStore.Criteria(event, null, null, null, 10)).await()
                .atMost(WAIT).stream().map(EventExecution::messageId).toList();
        assertEquals(List.of("recent"), kept);
    }

    private void record(String event, String messageId, long created) {
        store.record(new EventExecution(messageId + "_0", messageId, "retention_handler", event, "start_workflow",
                Status.COMPLETED, null, null, created)).await().atMost(WAIT);
    }
}
