package io.baton.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.baton.infra.KafkaProbe;
import io.baton.launcher.Cluster;
import io.baton.model.json.Json;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A workflow of system tasks only: an HTTP call, its answer published with KAFKA_PUBLISH, then an EVENT to Kafka. */
class SystemTasksTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> ENDED = List.of("COMPLETED", "FAILED", "TERMINATED", "TIMED_OUT");
    private static Cluster cluster;
    private static HttpServer orders;

    @BeforeAll
    static void useSharedClusterAndAnOrderService() throws IOException {
        cluster = SharedCluster.useFrontDoor();
        orders = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        orders.createContext("/orders/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/orders/".length());
            byte[] body = Json.write(Map.of("id", id, "total", 42)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        orders.start();
    }

    @AfterAll
    static void stopTheOrderService() {
        orders.stop(0);
    }

    @Test
    void shouldCallAServiceAndPublishItsAnswerToKafka() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String workflow = "fetch_and_publish_" + suffix;
        String ordersTopic = "orders_" + suffix;
        String eventsTopic = "order_events_" + suffix;
        String bootstrapServers = cluster.infrastructure().kafkaBootstrapServers();
        given().contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "ownerEmail": "team@example.com",
                 "tasks": [
                   {"name": "fetch", "taskReferenceName": "fetch_ref", "type": "HTTP",
                    "inputParameters": {"http_request": {"uri": "${workflow.input.orderService}/orders/${workflow.input.orderId}", "method": "GET"}}},
                   {"name": "publish", "taskReferenceName": "publish_ref", "type": "KAFKA_PUBLISH",
                    "inputParameters": {"kafka_request": {"bootStrapServers": "${workflow.input.kafka}", "topic": "%s",
                      "key": "${workflow.input.orderId}", "value": "${fetch_ref.output.response.body}"}}},
                   {"name": "announce", "taskReferenceName": "announce_ref", "type": "EVENT", "sink": "kafka:%s",
                    "inputParameters": {"total": "${fetch_ref.output.response.body.total}"}}],
                 "outputParameters": {"status": "${fetch_ref.output.response.statusCode}"}}
                """.formatted(workflow, ordersTopic, eventsTopic)).post("/metadata/workflow").then().statusCode(200);

        String workflowId = given().contentType(ContentType.JSON).body(Map.of("orderService",
                        "http://127.0.0.1:" + orders.getAddress().getPort(), "orderId", "o-7", "kafka", bootstrapServers))
                .post("/workflow/" + workflow).then().statusCode(200).extract().asString();

        JsonPath done = await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/workflow/" + workflowId).then().extract().jsonPath(),
                        state -> ENDED.contains(String.valueOf(state.getString("status"))));
        assertEquals("COMPLETED", done.getString("status"), done.prettify());
        assertEquals(Map.of("status", 200), done.getMap("output"));
        assertEquals(List.of("COMPLETED", "COMPLETED", "COMPLETED"), done.getList("tasks.status"));
        KafkaProbe kafka = KafkaProbe.shared(bootstrapServers);
        assertEquals(Map.of("id", "o-7", "total", 42), Json.read(readOne(kafka, ordersTopic, "o-7").value(), Map.class));
        String announceId = done.getString("tasks.find { it.referenceTaskName == 'announce_ref' }.taskId");
        Map<?, ?> event = Json.read(readOne(kafka, eventsTopic, announceId).value(), Map.class);
        assertEquals(42, event.get("total"));
        assertEquals(workflowId, event.get("workflowInstanceId"));
        assertEquals("kafka:" + eventsTopic, event.get("event_produced"));
    }

    private static ConsumerRecord<String, String> readOne(KafkaProbe kafka, String topic, String key) {
        return kafka.readUntil(topic, key, WAIT, records -> !records.isEmpty()).getFirst();
    }
}
