package io.baton.decider;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.decider.timer.TimerStore;
import io.baton.decider.timer.TimerStore.DueTimer;
import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.TimerFired;
import io.baton.model.messaging.TimerPurpose;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Durable timers on real Kafka and PostgreSQL: written with the decision, fired on baton.commands, then deleted. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class TimerFiringTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AsyncApiContract CONTRACT = new AsyncApiContract();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Inject
    TimerStore timerStore;

    @Test
    void shouldWriteAWaitsTimerWithItsDecisionAndDropItWhenTheWorkflowEnds() {
        String workflowId = UUID.randomUUID().toString();
        send(start(workflowId, "1 hours"));

        await().atMost(WAIT).until(() -> !timers(workflowId).isEmpty());
        Task waiting = waitTask(workflowId);
        Row timer = timers(workflowId).getFirst();
        assertEquals(waiting.getTaskId(), timer.getString("task_id"));
        assertEquals(waiting.getStartTime() + 3_600_000L, timer.getLong("fire_at"));
        TimerFired command = (TimerFired) Json.read(timer.getString("command"), WorkflowCommand.class);
        assertEquals(new TimerFired(timer.getString("timer_id"), workflowId, waiting.getStartTime() + 3_600_000L,
                waiting.getTaskId(), TimerPurpose.WAIT_ELAPSED), command);
        assertEquals(Set.of(), CONTRACT.violations("TimerFired", timer.getString("command")));

        send(new TerminateWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), "enough"));

        await().atMost(WAIT).until(() -> "TERMINATED".equals(workflowStatus(workflowId)));
        assertEquals(List.of(), timers(workflowId));
    }

    @Test
    void shouldFireADueTimerThroughKafkaSoTheWorkflowMovesOn() {
        String workflowId = UUID.randomUUID().toString();
        send(start(workflowId, "1s"));

        List<ConsumerRecord<String, String>> commands = kafka().readUntil(Topics.COMMANDS, workflowId, WAIT,
                records -> records.stream().anyMatch(r -> r.value().contains("\"TimerFired\"")));
        String fired = commands.stream().filter(r -> r.value().contains("\"TimerFired\"")).findFirst().orElseThrow().value();
        assertEquals(Set.of(), CONTRACT.violations("TimerFired", fired));
        assertEquals(waitTask(workflowId).getTaskId(), ((TimerFired) Json.read(fired, WorkflowCommand.class)).taskId());

        TaskScheduled next = (TaskScheduled) Json.read(kafka().readUntil(Topics.TASK_DISPATCH, workflowId, WAIT,
                records -> !records.isEmpty()).getFirst().value(), TaskDispatch.class);
        assertEquals("after_ref", next.task().getReferenceTaskName());
        assertEquals("COMPLETED", waitTask(workflowId).getStatus().name());
        assertEquals(List.of(), timers(workflowId));
    }

    @Test
    void shouldLetTwoInstancesClaimOnlyDifferentTimers() {
        String workflowId = UUID.randomUUID().toString();
        long dueLater = System.currentTimeMillis() + 3_600_000L; // not due for the running instance
        for (int i = 0; i < 4; i++) {
            pool.preparedQuery("INSERT INTO decider.timer (timer_id, workflow_id, fire_at, command) VALUES ($1, $2, $3, '{}')")
                    .execute(Tuple.of(UUID.randomUUID().toString(), workflowId, dueLater + i)).await().atMost(WAIT);
        }
        SqlConnection first = pool.getConnection().await().atMost(WAIT);
        SqlConnection second = pool.getConnection().await().atMost(WAIT);
        try {
            Transaction firstTx = first.begin().await().atMost(WAIT);
            Transaction secondTx = second.begin().await().atMost(WAIT);
            // Other tests' timers (a task's response timeout, say) may come first: the limit lets the first instance
            // claim those and exactly the two of this workflow due by then.
            long othersDueFirst = pool.preparedQuery("SELECT count(*) FROM decider.timer WHERE fire_at <= $1 "
                            + "AND workflow_id <> $2").execute(Tuple.of(dueLater + 1, workflowId))
                    .await().atMost(WAIT).iterator().next().getLong(0);
            Set<String> claimedFirst = ids(timerStore.claimDue(first, dueLater + 1, (int) othersDueFirst + 2)
                    .await().atMost(WAIT), workflowId);
            Set<String> claimedSecond = ids(timerStore.claimDue(second, dueLater + 10, 100).await().atMost(WAIT), workflowId);

            assertEquals(2, claimedFirst.size(), "the two earliest");
            assertEquals(2, claimedSecond.size(), "the two the first instance holds are passed over");
            assertTrue(claimedFirst.stream().noneMatch(claimedSecond::contains));
            firstTx.rollback().await().atMost(WAIT);
            secondTx.rollback().await().atMost(WAIT);
        } finally {
            first.close().await().atMost(WAIT);
            second.close().await().atMost(WAIT);
            pool.preparedQuery("DELETE FROM decider.timer WHERE workflow_id = $1").execute(Tuple.of(workflowId))
                    .await().atMost(WAIT);
        }
    }

    private static Set<String> ids(List<DueTimer> due, String workflowId) {
        return due.stream().filter(timer -> timer.workflowId().equals(workflowId)).map(DueTimer::timerId)
                .collect(Collectors.toSet());
    }

    private static StartWorkflow start(String workflowId, String duration) {
        WorkflowTask wait = new WorkflowTask();
        wait.setName("wait");
        wait.setTaskReferenceName("wait_ref");
        wait.setType(TaskType.WAIT);
        wait.setInputParameters(Map.of("duration", duration));
        TaskDef def = new TaskDef();
        def.setName("timer_test_task");
        WorkflowTask after = new WorkflowTask();
        after.setName(def.getName());
        after.setTaskReferenceName("after_ref");
        after.setTaskDefinition(def);
        WorkflowDef definition = new WorkflowDef();
        definition.setName("timer_test");
        definition.setTasks(List.of(wait, after));
        return new StartWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), definition,
                Map.of(), null, 0, Map.of(), null, null, null, null, null);
    }

    private void send(WorkflowCommand command) {
        kafka().send(Topics.COMMANDS, command.workflowId(), Json.write(command));
    }

    private List<Row> timers(String workflowId) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT timer_id, task_id, fire_at, command FROM decider.timer WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT).forEach(rows::add);
        return rows;
    }

    private Task waitTask(String workflowId) {
        var rows = pool.preparedQuery("SELECT state::text FROM decider.task WHERE workflow_id = $1 AND "
                        + "reference_task_name = 'wait_ref'")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT);
        assertTrue(rows.size() == 1, "one WAIT task");
        return Json.read(rows.iterator().next().getString(0), Task.class);
    }

    private String workflowStatus(String workflowId) {
        var rows = pool.preparedQuery("SELECT status FROM decider.workflow WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT);
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }

    private KafkaProbe kafka() {
        return KafkaProbe.shared(bootstrapServers);
    }
}
