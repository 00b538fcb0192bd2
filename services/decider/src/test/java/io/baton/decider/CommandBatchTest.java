package io.baton.decider;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.decider.command.CommandConsumer;
import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.PauseWorkflow;
import io.baton.model.messaging.RecordTaskPoll;
import io.baton.model.messaging.ResumeWorkflow;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.TaskDef;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A poll of several commands, handed to the consumer as Kafka hands it over: applied in order in one transaction, a
 * command applied before skipped, a command the database refuses skipped alone.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class CommandBatchTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CommandConsumer consumer;

    @Inject
    Pool pool;

    @Test
    void shouldApplyTheCommandsOfOneWorkflowInThePollsOrder() {
        // given
        String workflowId = UUID.randomUUID().toString();

        // when
        poll(start(workflowId, Map.of()), pause(workflowId), resume(workflowId), pause(workflowId));

        // then
        assertEquals("PAUSED", workflowStatus(workflowId));
        assertEquals(List.of("workflow.started", "task.scheduled", "workflow.paused", "workflow.resumed",
                "workflow.paused"), eventsUntil(workflowId, 5));
    }

    @Test
    void shouldWriteTheRowsOfAWorkflowOnceForAllItsCommandsInAPoll() {
        // given
        String workflowId = UUID.randomUUID().toString();

        // when
        List<String> written = rowWritesDuring(workflowId,
                () -> poll(start(workflowId, Map.of()), pause(workflowId), resume(workflowId), pause(workflowId)));

        // then: four commands, one write of each row
        assertEquals("PAUSED", workflowStatus(workflowId));
        assertEquals(List.of("task", "workflow"), written);
    }

    @Test
    void shouldWriteOnlyTheTaskRowForAWorkersPoll() {
        // given
        String workflowId = UUID.randomUUID().toString();
        poll(start(workflowId, Map.of()));
        String taskId = pool.preparedQuery("SELECT task_id FROM decider.task WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT).iterator().next().getString(0);

        // when
        List<String> written = rowWritesDuring(workflowId, () -> poll(new RecordTaskPoll(UUID.randomUUID().toString(),
                workflowId, System.currentTimeMillis(), taskId, "worker-1")));

        // then: as in Conductor, a poll changes the task and leaves the workflow as it was
        assertEquals("IN_PROGRESS", pool.preparedQuery("SELECT status FROM decider.task WHERE task_id = $1")
                .execute(Tuple.of(taskId)).await().atMost(WAIT).iterator().next().getString(0));
        assertEquals(List.of("task"), written);
    }

    /** The tables of the rows of the workflow written while the work ran, as PostgreSQL counted them (a trigger). */
    private List<String> rowWritesDuring(String workflowId, Runnable work) {
        execute("CREATE TABLE IF NOT EXISTS public.row_writes (table_name text, workflow_id text)");
        execute("CREATE OR REPLACE FUNCTION public.count_row_write() RETURNS trigger AS $$ BEGIN "
                + "INSERT INTO public.row_writes VALUES (TG_TABLE_NAME, NEW.workflow_id); RETURN NEW; END $$ LANGUAGE plpgsql");
        try {
            for (String table : List.of("workflow", "task")) {
                execute("CREATE TRIGGER count_row_writes AFTER INSERT OR UPDATE ON decider." + table
                        + " FOR EACH ROW EXECUTE FUNCTION public.count_row_write()");
            }
            work.run();
            return pool.preparedQuery("SELECT table_name FROM public.row_writes WHERE workflow_id = $1 "
                            + "ORDER BY table_name").execute(Tuple.of(workflowId))
                    .await().atMost(WAIT).stream().map(row -> row.getString(0)).toList();
        } finally {
            for (String table : List.of("workflow", "task")) {
                execute("DROP TRIGGER IF EXISTS count_row_writes ON decider." + table);
            }
        }
    }

    @Test
    void shouldSkipTheCommandOfAPollThatWasAppliedBefore() {
        // given
        String workflowId = UUID.randomUUID().toString();
        StartWorkflow start = start(workflowId, Map.of());
        poll(start);

        // when
        poll(start, pause(workflowId));

        // then
        assertEquals("PAUSED", workflowStatus(workflowId));
        assertEquals(List.of("workflow.started", "task.scheduled", "workflow.paused"), eventsUntil(workflowId, 3));
        assertEquals(1L, appliedCommands(start.commandId()));
    }

    @Test
    void shouldApplyTheRestOfAPollWhoseCommandTheDatabaseRefuses() {
        // given: PostgreSQL refuses the NUL character in a jsonb column
        String before = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();

        // when
        poll(start(before, Map.of()), start(poison, Map.of("x", "nul\u0000here")), start(after, Map.of()),
                pause(after));

        // then
        assertEquals("RUNNING", workflowStatus(before));
        assertEquals(null, workflowStatus(poison));
        assertEquals("PAUSED", workflowStatus(after));
        assertEquals(List.of("workflow.started", "task.scheduled"), eventsUntil(before, 2));
        assertEquals(List.of("workflow.started", "task.scheduled", "workflow.paused"), eventsUntil(after, 3));
        await().atMost(WAIT).until(() -> outboxRows(List.of(before, poison, after)) == 0L);
    }

    private void poll(WorkflowCommand... commands) {
        TopicPartition partition = new TopicPartition(Topics.COMMANDS, 0);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (WorkflowCommand command : commands) {
            records.add(new ConsumerRecord<>(Topics.COMMANDS, 0, records.size(), command.workflowId(), Json.write(command)));
        }
        consumer.onCommands(new ConsumerRecords<>(Map.of(partition, records), Map.of())).await().atMost(WAIT);
    }

    private static StartWorkflow start(String workflowId, Map<String, Object> input) {
        TaskDef taskDef = new TaskDef();
        taskDef.setName("decider_batch_task");
        WorkflowTask task = new WorkflowTask();
        task.setName(taskDef.getName());
        task.setTaskReferenceName("only_ref");
        task.setTaskDefinition(taskDef);
        WorkflowDef definition = new WorkflowDef();
        definition.setName("decider_batch");
        definition.setTasks(List.of(task));
        return new StartWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), definition,
                input, null, 0, Map.of(), null, null, null, null, null);
    }

    private static PauseWorkflow pause(String workflowId) {
        return new PauseWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis());
    }

    private static ResumeWorkflow resume(String workflowId) {
        return new ResumeWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis());
    }

    /** The status events published for the workflow, once there are {@code count} of them. */
    private List<String> eventsUntil(String workflowId, int count) {
        return KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.STATUS_EVENTS, workflowId, WAIT, records -> records.size() >= count).stream()
                .map(CommandBatchTest::eventType)
                .toList();
    }

    private static String eventType(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(Topics.EVENT_TYPE_HEADER).value());
    }

    private String workflowStatus(String workflowId) {
        var rows = pool.preparedQuery("SELECT status FROM decider.workflow WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT);
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }

    private void execute(String sql) {
        pool.query(sql).execute().await().atMost(WAIT);
    }

    private long appliedCommands(String commandId) {
        return pool.preparedQuery("SELECT count(*) FROM decider.applied_command WHERE command_id = $1")
                .execute(Tuple.of(commandId)).await().atMost(WAIT).iterator().next().getLong(0);
    }

    private long outboxRows(List<String> workflowIds) {
        return pool.preparedQuery("SELECT count(*) FROM decider.outbox WHERE message_key = ANY($1)")
                .execute(Tuple.of(workflowIds.toArray(String[]::new))).await().atMost(WAIT).iterator().next().getLong(0);
    }
}
