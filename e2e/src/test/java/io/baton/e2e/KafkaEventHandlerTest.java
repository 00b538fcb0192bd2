package io.baton.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.KafkaProbe;
import io.baton.infra.Processes;
import io.baton.launcher.Cluster;
import io.baton.model.messaging.Topics;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plain Kafka producer publishes to a topic; the handlers registered for it start, complete, update and terminate
 * workflows in a real cluster, send what they fail on to the dead-letter topic, and start nothing twice.
 */
class KafkaEventHandlerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static Cluster cluster;

    @BeforeAll
    static void useSharedCluster() {
        cluster = SharedCluster.useFrontDoor();
    }

    @Test
    void shouldStartAWorkflowFromAKafkaMessageWhoseFirstTaskAWorkerCanPoll() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String taskType = "ship_" + suffix;
        String workflow = "order_events_" + suffix;
        String topic = "orders_" + suffix;
        given().contentType(ContentType.JSON).body("[{\"name\": \"%s\", \"retryCount\": 0}]".formatted(taskType))
                .post("/metadata/taskdefs").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [{"name": "%s", "taskReferenceName": "ship_ref", "inputParameters": {"order": "${workflow.input.orderId}"}}]}
                """.formatted(workflow, taskType)).post("/metadata/workflow").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "start_%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s",
                   "correlationId": "${payload.orderId}", "input": {"orderId": "${payload.orderId}"}}}]}
                """.formatted(workflow, topic, workflow)).post("/event").then().statusCode(200);

        KafkaProbe.shared(cluster.infrastructure().kafkaBootstrapServers())
                .send(topic, "customer-1", "{\"orderId\": \"o-" + suffix + "\"}");

        Response task = await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> given().queryParam("workerid", "e2e-worker").get("/tasks/poll/" + taskType),
                response -> response.statusCode() == 200);
        assertEquals("o-" + suffix, task.path("inputData.order"));
        Response started = given().get("/workflow/" + task.path("workflowInstanceId"));
        assertEquals("o-" + suffix, started.path("correlationId"));
        assertEquals("kafka:" + topic, started.path("input.'conductor.event.name'"));
    }

    @Test
    void shouldUpdateTheVariablesOfARunningWorkflowAndThenTerminateItFromKafkaMessages() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String taskType = "review_" + suffix;
        String workflow = "reviewed_" + suffix;
        String topic = "reviews_" + suffix;
        given().contentType(ContentType.JSON).body("[{\"name\": \"%s\", \"retryCount\": 0}]".formatted(taskType))
                .post("/metadata/taskdefs").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com", "variables": {"notes": ["created"]},
                 "tasks": [{"name": "%s", "taskReferenceName": "review_ref"}]}
                """.formatted(workflow, taskType)).post("/metadata/workflow").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "vars_%s", "event": "kafka:%s", "active": true, "condition": "$.payload.kind == 'note'",
                 "actions": [{"action": "update_workflow_variables", "update_workflow_variables": {
                   "workflowId": "${payload.workflowId}", "appendArray": true,
                   "variables": {"notes": ["${payload.text}"], "reviewer": "${payload.by}"}}}]}
                """.formatted(workflow, topic)).post("/event").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "stop_%s", "event": "kafka:%s", "active": true, "condition": "$.payload.kind == 'stop'",
                 "actions": [{"action": "terminate_workflow", "terminate_workflow": {
                   "workflowId": "${payload.workflowId}", "terminationReason": "stopped by ${payload.by}"}}]}
                """.formatted(workflow, topic)).post("/event").then().statusCode(200);
        String workflowId = given().contentType(ContentType.JSON).body("{\"name\": \"%s\", \"input\": {}}".formatted(workflow))
                .post("/workflow").then().statusCode(200).extract().asString();
        KafkaProbe kafka = KafkaProbe.shared(cluster.infrastructure().kafkaBootstrapServers());

        kafka.send(topic, workflowId, """
                {"kind": "note", "workflowId": "%s", "text": "looks good", "by": "ana"}""".formatted(workflowId));

        await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> given().get("/workflow/" + workflowId).path("variables.reviewer"), "ana"::equals);
        Response updated = given().get("/workflow/" + workflowId);
        assertEquals(List.of("created", "looks good"), updated.path("variables.notes"));
        assertEquals("RUNNING", updated.path("status"));

        kafka.send(topic, workflowId, """
                {"kind": "stop", "workflowId": "%s", "by": "ana"}""".formatted(workflowId));

        Response terminated = await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> given().get("/workflow/" + workflowId), response -> "TERMINATED".equals(response.path("status")));
        assertEquals("stopped by ana", terminated.path("reasonForIncompletion"));
        assertEquals("CANCELED", terminated.path("tasks[0].status"));
    }

    @Test
    void shouldStartAWorkflowFromOneMessageAndCompleteItsWaitFromAnother() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String workflow = "paid_" + suffix;
        String topic = "payments_" + suffix;
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [{"name": "wait_payment", "taskReferenceName": "wait_payment", "type": "WAIT"}],
                 "outputParameters": {"paid": "${wait_payment.output.amount}"}}
                """.formatted(workflow)).post("/metadata/workflow").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "open_%s", "event": "kafka:%s", "active": true, "condition": "$.payload.kind == 'order'",
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s", "correlationId": "${payload.orderId}"}}]}
                """.formatted(workflow, topic, workflow)).post("/event").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "settle_%s", "event": "kafka:%s", "active": true, "condition": "$.payload.kind == 'settled'",
                 "actions": [{"action": "complete_task", "complete_task": {"workflowId": "${payload.workflowId}",
                   "taskRefName": "wait_payment", "output": {"amount": "${payload.amount}"}}}]}
                """.formatted(workflow, topic)).post("/event").then().statusCode(200);
        KafkaProbe kafka = KafkaProbe.shared(cluster.infrastructure().kafkaBootstrapServers());

        kafka.send(topic, "o-" + suffix, "{\"kind\": \"order\", \"orderId\": \"o-%s\"}".formatted(suffix));
        String workflowId = await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> correlated(workflow, "o-" + suffix), found -> found.size() == 1).getFirst();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> given().get("/workflow/" + workflowId).path("tasks[0].status"), "IN_PROGRESS"::equals);
        kafka.send(topic, "o-" + suffix, """
                {"kind": "settled", "workflowId": "%s", "amount": 42}""".formatted(workflowId));

        Response completed = await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> given().get("/workflow/" + workflowId), response -> "COMPLETED".equals(response.path("status")));
        assertEquals(42, (Integer) completed.path("output.paid"));
        assertEquals("kafka:" + topic, completed.path("tasks[0].outputData.'conductor.event.name'"));
    }

    @Test
    void shouldSendAMessageWhoseActionCannotSucceedToTheDeadLetterTopicWithItsReason() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String topic = "poison_" + suffix;
        String handler = "poisoned_" + suffix;
        String key = "k-" + suffix;
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "${payload.flow}"}}]}
                """.formatted(handler, topic)).post("/event").then().statusCode(200);
        KafkaProbe kafka = KafkaProbe.shared(cluster.infrastructure().kafkaBootstrapServers());

        kafka.send(topic, key, "{\"flow\": \"no_such_flow_%s\"}".formatted(suffix));

        ConsumerRecord<String, String> letter = kafka.readUntil(Topics.EVENT_DEAD_LETTERS, key, WAIT,
                found -> !found.isEmpty()).getFirst();
        assertEquals("{\"flow\": \"no_such_flow_%s\"}".formatted(suffix), letter.value());
        String reason = header(letter, Topics.DEAD_LETTER_REASON_HEADER);
        assertTrue(reason.startsWith("workflow-api answered 404 to starting no_such_flow_" + suffix), reason);
        assertEquals(handler, header(letter, Topics.HANDLER_HEADER));
        assertEquals("start_workflow", header(letter, Topics.ACTION_HEADER));
        given().queryParam("handler", handler).get("/event/executions").then().statusCode(200)
                .body("status", equalTo(List.of("FAILED")))
                .body("[0].messageId", equalTo(header(letter, Topics.MESSAGE_ID_HEADER)))
                .body("[0].reason", equalTo(reason));
    }

    /**
     * A real redelivery: event-handlers stops, its consumer group is moved back to the message, and the restarted
     * service reads it again. workflow-api answers the first start's id to the same idempotency key.
     */
    @Test
    void shouldStartNothingTwiceWhenTheSameMessageIsDeliveredAgain() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String workflow = "once_" + suffix;
        String topic = "once_" + suffix;
        String handler = "start_" + workflow;
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [{"name": "wait_forever", "taskReferenceName": "wait_forever", "type": "WAIT"}]}
                """.formatted(workflow)).post("/metadata/workflow").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "%s", "correlationId": "${payload.orderId}"}}]}
                """.formatted(handler, topic, workflow)).post("/event").then().statusCode(200);
        String bootstrapServers = cluster.infrastructure().kafkaBootstrapServers();
        KafkaProbe.shared(bootstrapServers).send(topic, "k", "{\"orderId\": \"o-%s\"}".formatted(suffix));
        Response first = await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> given().queryParam("handler", handler).get("/event/executions"), response -> response.path("size()").equals(1));
        String messageId = first.path("[0].messageId");
        long firstCreated = first.path("[0].created");
        List<String> started = await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> correlated(workflow, "o-" + suffix), found -> found.size() == 1);

        redeliver(bootstrapServers, messageId);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().queryParam("handler", handler).get("/event/executions").path("[0].created"),
                created -> created != null && ((Number) created).longValue() > firstCreated);
        given().queryParam("handler", handler).get("/event/executions").then()
                .body("messageId", equalTo(List.of(messageId)))
                .body("status", equalTo(List.of("COMPLETED")))
                .body("[0].output.workflowId", equalTo(started.getFirst()));
        assertEquals(started, correlated(workflow, "o-" + suffix));
    }

    /** Stops event-handlers, moves its group's offset back to the message (<topic>/<partition>/<offset>), restarts it. */
    private static void redeliver(String bootstrapServers, String messageId) {
        String[] place = messageId.split("/");
        TopicPartition partition = new TopicPartition(place[0], Integer.parseInt(place[1]));
        long pid = cluster.status().stream().filter(process -> process.name().equals("event-handlers")).findFirst()
                .orElseThrow().pid().orElseThrow();
        assertTrue(Processes.terminate(ProcessHandle.of(pid).orElseThrow(), Duration.ofSeconds(30)), "a clean stop");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            // Possible once the group is empty: at once after a clean stop, as the consumer leaves the group.
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets("baton-event-handlers",
                        Map.of(partition, new OffsetAndMetadata(Long.parseLong(place[2])))).all().get();
                return true;
            });
        }
        cluster.up(line -> { });
    }

    private static List<String> correlated(String workflow, String correlationId) {
        return given().queryParam("includeClosed", true).get("/workflow/" + workflow + "/correlated/" + correlationId)
                .then().statusCode(200).extract().path("workflowId");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
