package io.baton.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.KafkaProbe;
import io.baton.launcher.Cluster;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plain Kafka producer publishes to a topic; the handlers registered for it start, update and terminate workflows in
 * a real cluster.
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
}
