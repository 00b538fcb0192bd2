package io.baton.decider;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.StartWorkflow;
import io.baton.model.messaging.TaskDispatch;
import io.baton.model.messaging.TaskScheduled;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.WorkflowCommand;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.task.TaskType;
import io.baton.model.workflow.WorkflowDef;
import io.baton.model.workflow.WorkflowTask;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Adding partitions to baton.commands moves most workflow ids to another partition, so for a while a workflow's
 * commands can sit on two partitions that two deciders own (k8s/README.md). Two consumers stand for two decider pods
 * here; the commands of one workflow are spread over every partition, as they may be while partitions are added.
 */
@QuarkusTest
@TestProfile(PartitionGrowthTest.TwoDeciders.class)
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class PartitionGrowthTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TASK = "partition_growth_task";

    /** Two consumers of baton.commands in the group, each applying its partitions' commands on its own. */
    public static class TwoDeciders implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Partitions added are seen within half a second, not the client's default of five minutes.
            return Map.of("mp.messaging.incoming.commands.concurrency", "2",
                    "mp.messaging.incoming.commands.metadata.max.age.ms", "500");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Test
    void resultsOfOneWorkflowOnTwoPartitionsAtOnceAreAllApplied() throws Exception {
        List<String> workflows = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID().toString()).toList();
        for (String workflowId : workflows) {
            send(start(workflowId, forkOf(2)));
        }
        List<List<Task>> branches = workflows.stream().map(id -> awaitDispatched(id, 2)).toList();

        // Each workflow's two results, on the first and the last partition at once, are applied by both consumers
        // together. A result that did not wait for the other's commit would not see its sibling done, and the JOIN
        // would never complete.
        int partitions = partitionCount();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int w = 0; w < workflows.size(); w++) {
                String workflowId = workflows.get(w);
                List<Task> tasks = branches.get(w);
                producer.send(new ProducerRecord<>(Topics.COMMANDS, 0, workflowId,
                        Json.write(CommandProcessingTest.complete(workflowId, tasks.get(0), Map.of()))));
                producer.send(new ProducerRecord<>(Topics.COMMANDS, partitions - 1, workflowId,
                        Json.write(CommandProcessingTest.complete(workflowId, tasks.get(1), Map.of()))));
            }
            producer.flush();
        }

        for (String workflowId : workflows) {
            await().atMost(WAIT).until(() -> "COMPLETED".equals(workflowStatus(workflowId)));
            assertEquals(2, completedBranches(workflowId));
        }
        String last = workflows.getLast();
        List<String> events = eventTypes(KafkaProbe.shared(bootstrapServers).readUntil(Topics.STATUS_EVENTS, last,
                WAIT, records -> eventTypes(records).contains("workflow.completed")));
        assertEquals(1, events.stream().filter("workflow.completed"::equals).count(), events.toString());
    }

    @Test
    void workflowsInFlightWhenPartitionsAreAddedComplete() throws Exception {
        int before = partitionCount();
        int after = before + 4;
        // Workflows whose ids move to one of the added partitions, and one that stays.
        List<String> moving = IntStream.range(0, 1000).mapToObj(i -> UUID.randomUUID().toString())
                .filter(id -> partitionOf(id, after) >= before).limit(4).toList();
        String staying = IntStream.range(0, 1000).mapToObj(i -> UUID.randomUUID().toString())
                .filter(id -> partitionOf(id, after) == partitionOf(id, before)).findFirst().orElseThrow();
        List<String> workflows = new ArrayList<>(moving);
        workflows.add(staying);
        for (String workflowId : workflows) {
            send(start(workflowId, forkOf(1)));
        }
        List<Task> firstTasks = workflows.stream().map(id -> awaitDispatched(id, 1).getFirst()).toList();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createPartitions(Map.of(Topics.COMMANDS, NewPartitions.increaseTo(after))).all().get();
        }
        await().atMost(WAIT).until(() -> partitionCount() == after);
        // A producer that starts now, like a sender started after the change, keys each id to its new partition.
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < workflows.size(); i++) {
                String workflowId = workflows.get(i);
                WorkflowCommand result = CommandProcessingTest.complete(workflowId, firstTasks.get(i), Map.of());
                RecordMetadata written = producer.send(new ProducerRecord<>(Topics.COMMANDS, workflowId,
                        Json.write(result))).get();
                assertEquals(partitionOf(workflowId, after), written.partition());
            }
        }

        for (String workflowId : workflows) {
            await().atMost(WAIT).until(() -> "COMPLETED".equals(workflowStatus(workflowId)));
        }
    }

    @Test
    void aStartRepeatedOnAnotherPartitionStartsOnce() throws Exception {
        int partitions = partitionCount();
        List<String> ids = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID().toString()).toList();
        try (KafkaProducer<String, String> producer = producer()) {
            for (String id : ids) {
                producer.send(new ProducerRecord<>(Topics.COMMANDS, 0, id, Json.write(start(id, forkOf(1)))));
                producer.send(new ProducerRecord<>(Topics.COMMANDS, partitions - 1, id, Json.write(start(id, forkOf(1)))));
            }
            producer.flush();
        }
        for (String id : ids) {
            await().atMost(WAIT).until(() -> appliedCommands(id) == 2);
        }
        List<Long> branchRows = ids.stream().map(this::branchRows).toList();
        assertEquals(ids.stream().map(id -> 1L).toList(), branchRows);
    }

    private long appliedCommands(String workflowId) {
        return pool.preparedQuery("SELECT count(*) FROM decider.applied_command WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT).iterator().next().getLong(0);
    }

    private long branchRows(String workflowId) {
        return pool.preparedQuery("SELECT count(*) FROM decider.task WHERE workflow_id = $1 AND reference_task_name = 'branch_0'")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT).iterator().next().getLong(0);
    }

    /** The partition Kafka's default partitioner gives a key among {@code partitions}. */
    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** A FORK_JOIN of {@code branches} worker tasks and its JOIN. */
    private static WorkflowDef forkOf(int branches) {
        TaskDef taskDef = new TaskDef();
        taskDef.setName(TASK);
        taskDef.setRetryCount(0);
        List<List<WorkflowTask>> forks = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < branches; i++) {
            WorkflowTask branch = new WorkflowTask();
            branch.setName(TASK);
            branch.setTaskReferenceName("branch_" + i);
            branch.setTaskDefinition(taskDef);
            forks.add(List.of(branch));
            refs.add(branch.getTaskReferenceName());
        }
        WorkflowTask fork = systemTask(TaskType.FORK_JOIN);
        fork.setForkTasks(forks);
        WorkflowTask join = systemTask(TaskType.JOIN);
        join.setJoinOn(refs);
        WorkflowDef definition = new WorkflowDef();
        definition.setName("decider_partition_growth");
        definition.setTasks(List.of(fork, join));
        return definition;
    }

    /** A task of a built-in type, named and referenced by its type. */
    private static WorkflowTask systemTask(String type) {
        WorkflowTask task = new WorkflowTask();
        task.setName(type.toLowerCase(Locale.ROOT));
        task.setTaskReferenceName(task.getName());
        task.setType(type);
        return task;
    }

    private static StartWorkflow start(String workflowId, WorkflowDef definition) {
        return new StartWorkflow(UUID.randomUUID().toString(), workflowId, System.currentTimeMillis(), definition,
                Map.of(), null, 0, Map.of(), null, null, null, null, null);
    }

    private void send(WorkflowCommand command) {
        KafkaProbe.shared(bootstrapServers).send(Topics.COMMANDS, command.workflowId(), Json.write(command));
    }

    private List<Task> awaitDispatched(String workflowId, int count) {
        return KafkaProbe.shared(bootstrapServers).readUntil(Topics.TASK_DISPATCH, workflowId, WAIT,
                        records -> records.size() >= count).stream()
                .map(record -> ((TaskScheduled) Json.read(record.value(), TaskDispatch.class)).task())
                .toList();
    }

    private int partitionCount() throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.describeTopics(List.of(Topics.COMMANDS)).allTopicNames().get().get(Topics.COMMANDS)
                    .partitions().size();
        }
    }

    private KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private String workflowStatus(String workflowId) {
        var rows = pool.preparedQuery("SELECT status FROM decider.workflow WHERE workflow_id = $1")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT);
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }

    private long completedBranches(String workflowId) {
        Row row = pool.preparedQuery("SELECT count(*) FROM decider.task WHERE workflow_id = $1 AND status = 'COMPLETED' "
                        + "AND reference_task_name LIKE 'branch%'")
                .execute(Tuple.of(workflowId)).await().atMost(WAIT).iterator().next();
        return row.getLong(0);
    }

    private static List<String> eventTypes(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> new String(record.headers().lastHeader(Topics.EVENT_TYPE_HEADER).value()))
                .toList();
    }
}
