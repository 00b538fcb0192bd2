package io.baton.eventhandlers.event;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.TerminateWorkflow;
import io.baton.model.messaging.Topics;
import io.baton.model.messaging.UpdateWorkflowVariables;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.workflow.StartWorkflowRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A plain Kafka producer publishes; registered handlers start workflows through workflow-api and report task results. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WorkflowApiPeer.class, restrictToAnnotatedClass = false)
class KafkaEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static void register(String handler) {
        given().contentType(ContentType.JSON).body(handler).post("/api/event").then().statusCode(200);
    }

    private static List<StartWorkflowRequest> startsOf(String workflowName) {
        return WorkflowApiPeer.STARTS.stream().filter(start -> workflowName.equals(start.getName())).toList();
    }

    private List<Map<String, Object>> executions(String handlerName) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : pool.preparedQuery("SELECT id, status, output::text, reason FROM events.event_execution "
                + "WHERE handler_name = $1 ORDER BY id").execute(Tuple.of(handlerName)).await().atMost(WAIT)) {
            rows.add(Map.of("id", row.getString(0), "status", row.getString(1),
                    "output", String.valueOf(row.getString(2)), "reason", String.valueOf(row.getString(3))));
        }
        return rows;
    }

    @Test
    void shouldStartAWorkflowWithTheResolvedInputTheEventExtrasAndAnIdempotencyKey() {
        String topic = "orders_" + UUID.randomUUID();
        String handler = "start_" + topic;
        String workflow = "order_flow_" + topic;
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s", "version": 2,
                   "correlationId": "${payload.orderId}",
                   "input": {"orderId": "${payload.orderId}", "lines": "${payload.lines}", "from": "key ${key}",
                             "source": "${headers.source}"}}}]}
                """.formatted(handler, topic, workflow));

        KafkaProbe.shared(bootstrapServers).send(topic, "customer-7", "{\"orderId\": \"o-1\", \"lines\": [1, 2]}");

        await().atMost(WAIT).until(() -> !executions(handler).isEmpty());
        StartWorkflowRequest start = startsOf(workflow).getFirst();
        // The record's place: <topic>/<partition>/<offset>, the first record of its partition.
        String messageId = (String) start.getInput().get("conductor.event.messageId");
        assertTrue(messageId.matches(Pattern.quote(topic) + "/\\d+/0"), messageId);
        assertEquals(2, start.getVersion());
        assertEquals("o-1", start.getCorrelationId());
        assertEquals("o-1", start.getInput().get("orderId"));
        assertEquals(List.of(1, 2), start.getInput().get("lines"));
        assertEquals("key customer-7", start.getInput().get("from"));
        assertEquals("kafka:" + topic, start.getInput().get("conductor.event.name"));
        assertEquals(handler + ":" + messageId, start.getIdempotencyKey());
        Map<String, Object> execution = executions(handler).getFirst();
        assertEquals(messageId + "_0", execution.get("id"));
        assertEquals("COMPLETED", execution.get("status"));
    }

    @Test
    void shouldRetryAFailedStartWithTheSameIdempotencyKey() {
        String topic = "retried_" + UUID.randomUUID();
        String handler = "start_" + topic;
        String workflow = "flaky_flow_" + topic;
        WorkflowApiPeer.FAIL_ONCE.add(workflow);
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s", "input": {}}}]}
                """.formatted(handler, topic, workflow));

        KafkaProbe.shared(bootstrapServers).send(topic, "k", "not json");

        await().atMost(WAIT).until(() -> !executions(handler).isEmpty());
        List<StartWorkflowRequest> starts = startsOf(workflow);
        assertEquals(2, starts.size(), "the 503 is retried");
        assertEquals(starts.get(0).getIdempotencyKey(), starts.get(1).getIdempotencyKey());
        assertEquals("COMPLETED", executions(handler).getFirst().get("status"));
    }

    @Test
    void shouldCommitTheOffsetOnlyOnceTheStartIsHandedOver() throws Exception {
        String topic = "held_" + UUID.randomUUID();
        String workflow = "held_flow_" + topic;
        CompletableFuture<Void> answer = new CompletableFuture<>();
        WorkflowApiPeer.HELD.put(workflow, answer);
        register("""
                {"name": "start_%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s"}}]}
                """.formatted(topic, topic, workflow));

        KafkaProbe.shared(bootstrapServers).send(topic, "k", "{}");
        await().atMost(WAIT).until(() -> !startsOf(workflow).isEmpty());
        String[] place = ((String) startsOf(workflow).getFirst().getInput().get("conductor.event.messageId")).split("/");
        TopicPartition partition = new TopicPartition(topic, Integer.parseInt(place[1]));

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            assertEquals(null, committed(admin, partition), "nothing is committed while workflow-api has not answered");
            answer.complete(null);
            await().atMost(WAIT).until(() -> Long.valueOf(Long.parseLong(place[2]) + 1).equals(committed(admin, partition)));
        }
    }

    @Test
    void shouldHandleOtherKeysWhileOneWaitsAndTheRecordsOfAKeyInOrder() throws Exception {
        // given: three records on a one-partition topic before its handler exists, so that one poll reads them all;
        // workflow-api holds the start the first one asks for
        String topic = "lanes_" + UUID.randomUUID();
        String held = "lanes_held_" + topic;
        String free = "lanes_free_" + topic;
        CompletableFuture<Void> answer = new CompletableFuture<>();
        WorkflowApiPeer.HELD.put(held, answer);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(20, TimeUnit.SECONDS);
        }
        KafkaProbe kafka = KafkaProbe.shared(bootstrapServers);
        kafka.send(topic, "k1", "{\"flow\": \"%s\", \"n\": 1}".formatted(held));
        kafka.send(topic, "k1", "{\"flow\": \"%s\", \"n\": 2}".formatted(free));
        kafka.send(topic, "k2", "{\"flow\": \"%s\", \"n\": 3}".formatted(free));

        // when
        register("""
                {"name": "lanes_%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "${payload.flow}", "input": {"n": "${payload.n}"}}}]}
                """.formatted(topic, topic));

        // then: k2's record is handed over while k1's first waits; k1's second only after that one
        await().atMost(WAIT).until(() -> startsOf(free).size() == 1);
        assertEquals(List.of(3), numbers(startsOf(free)));
        assertEquals(1, startsOf(held).size());
        answer.complete(null);
        await().atMost(WAIT).until(() -> startsOf(free).size() == 2);
        assertEquals(List.of(3, 2), numbers(startsOf(free)));
    }

    private static List<Integer> numbers(List<StartWorkflowRequest> starts) {
        return starts.stream().map(start -> ((Number) start.getInput().get("n")).intValue()).toList();
    }

    private static Long committed(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata offset = admin.listConsumerGroupOffsets(KafkaEventSource.GROUP_ID)
                .partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS).get(partition);
        return offset == null ? null : offset.offset();
    }

    @Test
    void shouldRecordAStartOfAnUnknownWorkflowAsFailedWithoutRetrying() {
        String topic = "unknown_" + UUID.randomUUID();
        String handler = "start_" + topic;
        String workflow = WorkflowApiPeer.UNKNOWN + topic;
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s"}}]}
                """.formatted(handler, topic, workflow));

        KafkaProbe.shared(bootstrapServers).send(topic, "k", "{}");

        await().atMost(WAIT).until(() -> !executions(handler).isEmpty());
        assertEquals(1, startsOf(workflow).size());
        Map<String, Object> execution = executions(handler).getFirst();
        assertEquals("FAILED", execution.get("status"));
        assertTrue(execution.get("reason").toString().contains("404"), execution.get("reason").toString());
    }

    @Test
    void shouldDeadLetterAMessageAnActionFailsOnWithItsReasonAfterRetries() {
        String topic = "poison_" + UUID.randomUUID();
        String handler = "poisoned_" + topic;
        String key = "order-" + UUID.randomUUID();
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "complete_task", "complete_task": {"workflowId": "${payload.workflowId}",
                   "taskRefName": "no_such_task"}}]}
                """.formatted(handler, topic));

        KafkaProbe.shared(bootstrapServers).send(topic, key, "{\"workflowId\": \"w-1\"}", Map.of("source", "billing"));

        ConsumerRecord<String, String> letter = KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.EVENT_DEAD_LETTERS, key, WAIT, found -> !found.isEmpty()).getFirst();
        assertEquals("{\"workflowId\": \"w-1\"}", letter.value(), "the message as it was received");
        assertEquals("billing", header(letter, "source"));
        assertEquals(handler, header(letter, Topics.HANDLER_HEADER));
        assertEquals("complete_task", header(letter, Topics.ACTION_HEADER));
        assertEquals("kafka:" + topic, header(letter, Topics.EVENT_NAME_HEADER));
        assertTrue(header(letter, Topics.MESSAGE_ID_HEADER).matches(Pattern.quote(topic) + "/\\d+/0"));
        assertEquals("after 3 attempts: no task no_such_task in workflow w-1",
                header(letter, Topics.DEAD_LETTER_REASON_HEADER));
        given().queryParam("handler", handler).get("/api/event/executions").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].name", equalTo(handler))
                .body("[0].status", equalTo("FAILED"))
                .body("[0].messageId", equalTo(header(letter, Topics.MESSAGE_ID_HEADER)))
                .body("[0].reason", equalTo(header(letter, Topics.DEAD_LETTER_REASON_HEADER)));
    }

    @Test
    void shouldDeadLetterAnUnreadableRecordAndGoOnWithTheNext() {
        String event = "conductor:unreadable_" + UUID.randomUUID() + ":notify";
        String handler = "after_unreadable_" + event;
        String workflowId = UUID.randomUUID().toString();
        register("""
                {"name": "%s", "event": "%s", "active": true,
                 "actions": [{"action": "terminate_workflow", "terminate_workflow": {"workflowId": "${workflowId}"}}]}
                """.formatted(handler, event));

        publishConductorEvent(event, "task-" + workflowId, workflowId, "[not an object]");
        publishConductorEvent(event, "task2-" + workflowId, workflowId, "{\"workflowId\": \"" + workflowId + "\"}");

        ConsumerRecord<String, String> letter = KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.EVENT_DEAD_LETTERS, workflowId, WAIT, found -> !found.isEmpty()).getFirst();
        assertEquals("[not an object]", letter.value());
        assertEquals("a record on baton.conductor-events whose value is not a JSON object",
                header(letter, Topics.DEAD_LETTER_REASON_HEADER));
        assertEquals(null, letter.headers().lastHeader(Topics.HANDLER_HEADER));
        KafkaProbe.shared(bootstrapServers).readUntil(Topics.COMMANDS, workflowId, WAIT, found -> !found.isEmpty());
        await().atMost(WAIT).until(() -> !executions(handler).isEmpty());
        assertEquals("task2-" + workflowId + "_0", executions(handler).getFirst().get("id"));
    }

    @Test
    void shouldListEventExecutionsByEventAndStatusNewestFirst() {
        String topic = "listed_" + UUID.randomUUID();
        String handler = "listed_" + topic;
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true, "condition": "$.payload.go == true",
                 "actions": [{"action": "terminate_workflow", "terminate_workflow": {"workflowId": "${payload.id}"}}]}
                """.formatted(handler, topic));

        KafkaProbe.shared(bootstrapServers).send(topic, "k", "{\"go\": false, \"id\": \"w-a\"}");
        KafkaProbe.shared(bootstrapServers).send(topic, "k", "{\"go\": true, \"id\": \"w-b\"}");
        KafkaProbe.shared(bootstrapServers).send(topic, "k", "{\"go\": false, \"id\": \"w-c\"}");

        await().atMost(WAIT).until(() -> executions(handler).size() == 3);
        String place = Pattern.quote(topic) + "/\\d+/";
        List<String> messageIds = given().queryParam("event", "kafka:" + topic).get("/api/event/executions").then()
                .statusCode(200).body("status", equalTo(List.of("SKIPPED", "COMPLETED", "SKIPPED")))
                .extract().path("messageId");
        assertTrue(messageIds.get(0).matches(place + "2") && messageIds.get(2).matches(place + "0"), messageIds.toString());
        given().queryParam("event", "kafka:" + topic).queryParam("status", "COMPLETED")
                .get("/api/event/executions").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo(messageIds.get(1) + "_0"))
                .body("[0].action", equalTo("terminate_workflow"))
                .body("[0].output.workflowId", equalTo("w-b"))
                .body("[0].created", greaterThan(0L));
        given().queryParam("messageId", messageIds.get(2)).queryParam("limit", 1).get("/api/event/executions").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].output.msg.id", equalTo("w-a"));
    }

    @Test
    void shouldRefuseAnUnknownStatusOrLimitWith400() {
        given().queryParam("status", "DONE").get("/api/event/executions").then().statusCode(400)
                .body("message", containsString("status must be one of [COMPLETED, FAILED, SKIPPED], not DONE"));
        given().queryParam("limit", 0).get("/api/event/executions").then().statusCode(400)
                .body("message", containsString("limit"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldCompleteTheLatestTaskWithTheReferenceNameThroughACommand() {
        DeciderTaskTable tasks = new DeciderTaskTable(pool);
        String workflowId = UUID.randomUUID().toString();
        tasks.insert(workflowId, 1, "wait_payment");
        String latest = tasks.insert(workflowId, 3, "wait_payment");
        String topic = "payments_" + UUID.randomUUID();
        String handler = "complete_" + topic;
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "complete_task", "complete_task": {"workflowId": "${payload.workflowId}",
                   "taskRefName": "wait_payment", "output": {"paid": "${payload.amount}"}}}]}
                """.formatted(handler, topic));

        KafkaProbe.shared(bootstrapServers).send(topic, null, "{\"workflowId\": \"" + workflowId + "\", \"amount\": 12.5}");

        List<ConsumerRecord<String, String>> records = KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.COMMANDS, workflowId, WAIT, found -> !found.isEmpty());
        ReportTaskResult command = Json.read(records.getFirst().value(), ReportTaskResult.class);
        assertEquals(latest, command.result().getTaskId());
        assertEquals(workflowId, command.result().getWorkflowInstanceId());
        assertEquals(TaskResultStatus.COMPLETED, command.result().getStatus());
        assertEquals(12.5, command.result().getOutputData().get("paid"));
        assertEquals("kafka:" + topic, command.result().getOutputData().get("conductor.event.name"));
        await().atMost(WAIT).until(() -> !executions(handler).isEmpty());
        assertEquals("COMPLETED", executions(handler).getFirst().get("status"));
    }

    @Test
    void shouldTerminateOnlyWhenTheConditionHoldsOverTheMessageWithItsInlineJsonRead() {
        String topic = "refunds_" + UUID.randomUUID();
        String handler = "terminate_" + topic;
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true,
                 "condition": "$.payload.kind == 'refund' && $.payload.details.amount > 10",
                 "actions": [{"action": "terminate_workflow", "terminate_workflow": {"workflowId": "${payload.id}",
                   "terminationReason": "refund of ${payload.kind}"}}]}
                """.formatted(handler, topic));
        String skipped = "w-small-" + UUID.randomUUID();
        String terminated = "w-big-" + UUID.randomUUID();

        KafkaProbe.shared(bootstrapServers).send(topic, "k",
                "{\"kind\": \"refund\", \"id\": \"" + skipped + "\", \"details\": \"{\\\"amount\\\": 5}\"}");
        KafkaProbe.shared(bootstrapServers).send(topic, "k",
                "{\"kind\": \"refund\", \"id\": \"" + terminated + "\", \"details\": \"{\\\"amount\\\": 50}\"}");

        List<ConsumerRecord<String, String>> records = KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.COMMANDS, terminated, WAIT, found -> !found.isEmpty());
        TerminateWorkflow command = Json.read(records.getFirst().value(), TerminateWorkflow.class);
        assertEquals(terminated, command.workflowId());
        assertEquals("refund of refund", command.reason());
        await().atMost(WAIT).until(() -> executions(handler).size() == 2);
        assertEquals(List.of("SKIPPED", "COMPLETED"), executions(handler).stream().map(row -> row.get("status")).toList());
        assertTrue(executions(handler).getFirst().get("output").toString().contains(skipped));
    }

    @Test
    void shouldRecordAConditionThatThrowsAsFailed() {
        String topic = "throwing_" + UUID.randomUUID();
        String handler = "throwing_" + topic;
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true, "evaluatorType": "graaljs",
                 "condition": "$.payload.missing.deeper == 1",
                 "actions": [{"action": "terminate_workflow", "terminate_workflow": {"workflowId": "never"}}]}
                """.formatted(handler, topic));

        KafkaProbe.shared(bootstrapServers).send(topic, "k", "{}");

        await().atMost(WAIT).until(() -> !executions(handler).isEmpty());
        Map<String, Object> execution = executions(handler).getFirst();
        assertEquals("FAILED", execution.get("status"));
        assertTrue(execution.get("reason").toString().startsWith("condition: Error evaluating the script `TypeError"),
                execution.get("reason").toString());
    }

    @Test
    void shouldUpdateWorkflowVariablesFromJsonSentAsTextWhenAskedToExpandIt() {
        String topic = "approvals_" + UUID.randomUUID();
        String handler = "variables_" + topic;
        String workflowId = UUID.randomUUID().toString();
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "update_workflow_variables", "expandInlineJSON": true,
                   "update_workflow_variables": {"workflowId": "${payload.workflowId}", "appendArray": true,
                     "variables": {"approved": "${payload.body.approved}", "notes": "${payload.body.notes}"}}}]}
                """.formatted(handler, topic));

        KafkaProbe.shared(bootstrapServers).send(topic, "k", "{\"workflowId\": \"" + workflowId
                + "\", \"body\": \"{\\\"approved\\\": true, \\\"notes\\\": [\\\"ok\\\"]}\"}");

        List<ConsumerRecord<String, String>> records = KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.COMMANDS, workflowId, WAIT, found -> !found.isEmpty());
        UpdateWorkflowVariables command = Json.read(records.getFirst().value(), UpdateWorkflowVariables.class);
        assertEquals(Map.of("approved", true, "notes", List.of("ok")), command.variables());
        assertTrue(command.appendArray());
        await().atMost(WAIT).until(() -> !executions(handler).isEmpty());
        assertEquals("COMPLETED", executions(handler).getFirst().get("status"));
    }

    // --- conductor:... events: EVENT tasks' messages on the conductor events topic -------------------------------

    /** As task-queue publishes an EVENT task's message to a conductor sink. */
    private void publishConductorEvent(String event, String taskId, String workflowId, String message) {
        KafkaProbe.shared(bootstrapServers).send(Topics.CONDUCTOR_EVENTS, workflowId, message,
                Map.of(Topics.EVENT_NAME_HEADER, event, Topics.MESSAGE_ID_HEADER, taskId));
    }

    @Test
    void shouldStartAWorkflowOnAConductorEventOnceForARedeliveredMessage() {
        String event = "conductor:shop_" + UUID.randomUUID() + ":notify";
        String handler = "start_on_" + event;
        String workflow = "fulfil_" + UUID.randomUUID();
        register("""
                {"name": "%s", "event": "%s", "active": true, "condition": "$.orderId != 'skip'",
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s",
                   "correlationId": "${workflowInstanceId}", "input": {"orderId": "${orderId}"}}}]}
                """.formatted(handler, event, workflow));
        String workflowId = UUID.randomUUID().toString();
        String message = """
                {"orderId": "o-9", "workflowInstanceId": "%s", "workflowType": "shop", "taskToDomain": {"*": "eu"},
                 "event_produced": "%s"}""".formatted(workflowId, event);

        publishConductorEvent(event, "task-1", workflowId, message);
        publishConductorEvent(event, "task-1", workflowId, message);
        publishConductorEvent(event, "task-2", workflowId, "{\"orderId\": \"skip\"}");

        // One partition per workflow: the SKIPPED record of the last message means the first two were processed.
        await().atMost(WAIT).until(() -> executions(handler).size() == 2);
        assertEquals(List.of("COMPLETED", "SKIPPED"), executions(handler).stream().map(row -> row.get("status")).toList());
        assertEquals("task-1_0", executions(handler).getFirst().get("id"));
        List<StartWorkflowRequest> starts = startsOf(workflow);
        assertEquals(Set.of(handler + ":task-1"), starts.stream().map(StartWorkflowRequest::getIdempotencyKey)
                .collect(Collectors.toSet()), "a redelivered message starts its workflow under the same key");
        StartWorkflowRequest start = starts.getFirst();
        assertEquals(workflowId, start.getCorrelationId());
        assertEquals("o-9", start.getInput().get("orderId"));
        assertEquals("task-1", start.getInput().get("conductor.event.messageId"));
        assertEquals(event, start.getInput().get("conductor.event.name"));
        assertEquals(Map.of("*", "eu"), start.getTaskToDomain());
    }

    @Test
    void shouldCompleteATaskOnAConductorEventOfItsOwnName() {
        DeciderTaskTable tasks = new DeciderTaskTable(pool);
        String workflowId = UUID.randomUUID().toString();
        String waiting = tasks.insert(workflowId, 2, "wait_shipment");
        String event = "conductor:ship_" + UUID.randomUUID() + ":shipped";
        String handler = "complete_on_" + event;
        register("""
                {"name": "%s", "event": "%s", "active": true,
                 "actions": [{"action": "complete_task", "complete_task": {"workflowId": "${workflowInstanceId}",
                   "taskRefName": "wait_shipment", "output": {"carrier": "${carrier}"}}}]}
                """.formatted(handler, event));

        publishConductorEvent(event + "_other", "task-0", workflowId, "{\"workflowInstanceId\": \"wrong\"}");
        publishConductorEvent(event, UUID.randomUUID().toString(), workflowId,
                "{\"workflowInstanceId\": \"%s\", \"carrier\": \"ups\"}".formatted(workflowId));

        List<ConsumerRecord<String, String>> records = KafkaProbe.shared(bootstrapServers)
                .readUntil(Topics.COMMANDS, workflowId, WAIT, found -> !found.isEmpty());
        ReportTaskResult command = Json.read(records.getFirst().value(), ReportTaskResult.class);
        assertEquals(waiting, command.result().getTaskId());
        assertEquals(TaskResultStatus.COMPLETED, command.result().getStatus());
        assertEquals("ups", command.result().getOutputData().get("carrier"));
        assertEquals(event, command.result().getOutputData().get("conductor.event.name"));
        await().atMost(WAIT).until(() -> !executions(handler).isEmpty());
        assertEquals(1, executions(handler).size());
    }
}
