package io.baton.decider.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.decider.AsyncApiContract;
import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TasksRemoved;
import io.baton.model.messaging.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The retention of ended workflows, 30 days in tests (application.properties). */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class WorkflowRetentionTest {
    private static final AsyncApiContract CONTRACT = new AsyncApiContract();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    @Inject
    WorkflowRetention retention;

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The task id of each workflow {@link #workflow} stored. */
    private final Map<String, String> taskIds = new HashMap<>();

    @Test
    void shouldDeleteWorkflowsEndedBeforeTheRetentionWithTheirTasksAndKeepTheRest() {
        // given: workflows ended 31 days ago (one of each ended status), one ended yesterday, one running for 40 days
        long now = System.currentTimeMillis();
        String run = UUID.randomUUID().toString();
        for (String status : List.of("COMPLETED", "FAILED", "TIMED_OUT", "TERMINATED")) {
            workflow(run + "-old-" + status, status, now - 40 * DAY_MS, now - 31 * DAY_MS);
        }
        workflow(run + "-recent", "COMPLETED", now - 2 * DAY_MS, now - DAY_MS);
        workflow(run + "-running", "RUNNING", now - 40 * DAY_MS, 0);

        // when
        retention.prune(now).await().atMost(WAIT);

        // then
        assertEquals(Set.of(run + "-recent", run + "-running"), ids("workflow", run));
        assertEquals(Set.of(run + "-recent", run + "-running"), ids("task", run));
        assertEquals(Set.of(run + "-recent", run + "-running"), ids("timer", run));
        // and task-queue is told each deleted workflow's tasks are gone, as after a removal
        String deleted = run + "-old-FAILED";
        List<ConsumerRecord<String, String>> told = KafkaProbe.shared(bootstrapServers).readUntil(Topics.TASK_DISPATCH,
                deleted, WAIT, records -> !records.isEmpty());
        assertEquals(new TasksRemoved(removed(told).messageId(), deleted, List.of(taskIds.get(deleted))),
                removed(told));
        assertEquals(Set.of(), CONTRACT.violations("TasksRemoved", told.getFirst().value()), told.getFirst().value());
    }

    private static TasksRemoved removed(List<ConsumerRecord<String, String>> records) {
        return (TasksRemoved) Json.read(records.getFirst().value(), TaskDispatch.class);
    }

    @Test
    void shouldLeaveAWorkflowThatACommandIsChangingToTheNextRound() {
        // given: an old ended workflow whose row a command holds (a rerun being applied)
        long now = System.currentTimeMillis();
        String run = UUID.randomUUID().toString();
        workflow(run + "-held", "COMPLETED", now - 40 * DAY_MS, now - 31 * DAY_MS);
        workflow(run + "-free", "COMPLETED", now - 40 * DAY_MS, now - 31 * DAY_MS);

        // when: the retention runs while the row is locked
        pool.withTransaction(connection -> connection
                        .preparedQuery("SELECT 1 FROM decider.workflow WHERE workflow_id = $1 FOR UPDATE")
                        .execute(Tuple.of(run + "-held"))
                        .flatMap(locked -> retention.prune(now)))
                .await().atMost(WAIT);

        // then: the held one waits for the next round, which deletes it
        assertEquals(Set.of(run + "-held"), ids("workflow", run));
        retention.prune(now).await().atMost(WAIT);
        assertEquals(Set.of(), ids("workflow", run));
    }

    /** A workflow as the decider stores it, with one task and one timer. */
    private void workflow(String id, String status, long created, long ended) {
        pool.preparedQuery("INSERT INTO decider.workflow (workflow_id, workflow_name, workflow_version, status, "
                        + "create_time, update_time, end_time, state) VALUES ($1, 'retention', 1, $2, $3, $4, $5, '{}')")
                .execute(Tuple.of(id, status, created, Math.max(created, ended), ended)).await().atMost(WAIT);
        taskIds.put(id, UUID.randomUUID().toString());
        pool.preparedQuery("INSERT INTO decider.task (task_id, workflow_id, seq, reference_task_name, status, state) "
                        + "VALUES ($1, $2, 1, 'step', 'COMPLETED', '{}')")
                .execute(Tuple.of(taskIds.get(id), id)).await().atMost(WAIT);
        pool.preparedQuery("INSERT INTO decider.timer (timer_id, workflow_id, fire_at, command) VALUES ($1, $2, $3, '{}')")
                .execute(Tuple.of(UUID.randomUUID().toString(), id, created + 365 * DAY_MS)).await().atMost(WAIT);
    }

    private Set<String> ids(String table, String run) {
        Set<String> ids = new TreeSet<>();
        pool.preparedQuery("SELECT DISTINCT workflow_id FROM decider." + table + " WHERE workflow_id LIKE $1")
                .execute(Tuple.of(run + "%")).await().atMost(WAIT).forEach(row -> ids.add(row.getString(0)));
        return ids;
    }
}
