package io.baton.eventhandlers.event;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.json.Json;
import io.baton.model.messaging.ReportTaskResult;
import io.baton.model.messaging.Topics;
import io.baton.model.task.TaskResultStatus;
import io.baton.model.workflow.StartWorkflowRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    void shouldSkipAHandlerWithAConditionAndFailAnActionNotSupportedYet() {
        String topic = "unsupported_" + UUID.randomUUID();
        String conditional = "conditional_" + topic;
        String terminating = "terminating_" + topic;
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true, "condition": "$.payload.go == true",
                 "actions": [{"action": "start_workflow", "start_workflow": {"name": "never"}}]}
                """.formatted(conditional, topic));
        register("""
                {"name": "%s", "event": "kafka:%s", "active": true,
                 "actions": [{"action": "terminate_workflow", "terminate_workflow": {"workflowId": "${payload.id}"}}]}
                """.formatted(terminating, topic));

        KafkaProbe.shared(bootstrapServers).send(topic, "k", "{\"go\": true, \"id\": \"w\"}");

        await().atMost(WAIT).until(() -> !executions(terminating).isEmpty() && !executions(conditional).isEmpty());
        assertEquals("SKIPPED", executions(conditional).getFirst().get("status"));
        assertEquals(EventProcessor.CONDITIONS_UNSUPPORTED, executions(conditional).getFirst().get("reason"));
        assertEquals("FAILED", executions(terminating).getFirst().get("status"));
        assertEquals("Action terminate_workflow is not supported yet", executions(terminating).getFirst().get("reason"));
        assertEquals(List.of(), startsOf("never"));
    }
}
