package io.baton.decider.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class AppliedCommandRetentionTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    @Inject
    AppliedCommandRetention retention;

    @Inject
    Pool pool;

    @Test
    void shouldForgetCommandIdsOlderThanTheRetentionInBatchesAndKeepTheRest() {
        // given: more ids eight days old than one delete takes, and one a day old, the retention being 7 days
        long now = System.currentTimeMillis();
        String workflowId = UUID.randomUUID().toString();
        pool.preparedQuery("INSERT INTO decider.applied_command (command_id, workflow_id, applied_at) "
                        + "SELECT $1 || n, $1, $2 FROM generate_series(1, 10005) n")
                .execute(Tuple.of(workflowId, now - 8 * DAY_MS)).await().atMost(WAIT);
        pool.preparedQuery("INSERT INTO decider.applied_command (command_id, workflow_id, applied_at) VALUES ($1, $2, $3)")
                .execute(Tuple.of("recent-" + workflowId, workflowId, now - DAY_MS)).await().atMost(WAIT);

        // when
        int deleted = retention.prune(now).await().atMost(WAIT);

        // then
        assertTrue(deleted >= 10_005, "deleted " + deleted);
        List<String> kept = new ArrayList<>();
        pool.preparedQuery("SELECT command_id FROM decider.applied_command WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT).forEach(row -> kept.add(row.getString(0)));
        assertEquals(List.of("recent-" + workflowId), kept);
    }
}
