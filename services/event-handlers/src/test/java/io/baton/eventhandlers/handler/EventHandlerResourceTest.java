package io.baton.eventhandlers.handler;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /api/event on a real PostgreSQL, with Conductor's status codes. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class EventHandlerResourceTest {

    private static String handler(String name, String event, boolean active) {
        return """
                {"name": "%s", "event": "%s", "active": %s,
                 "actions": [{"action": "start_workflow",
                              "start_workflow": {"name": "order_flow", "input": {"orderId": "${orderId}"}}}]}
                """.formatted(name, event, active);
    }

    @Test
    void shouldAddListFindAndRemoveAHandler() {
        String name = "h_" + UUID.randomUUID();
        String event = "kafka:orders_" + name;
        given().contentType(ContentType.JSON).body(handler(name, event, true)).post("/api/event").then().statusCode(200);

        given().get("/api/event").then().statusCode(200).body("name", hasItem(name));
        given().get("/api/event/" + event).then().statusCode(200)
                .body("name", hasItem(name))
                .body("[0].actions[0].start_workflow.input.orderId", equalTo("${orderId}"));

        given().delete("/api/event/" + name).then().statusCode(200);
        given().get("/api/event").then().body("name", not(hasItem(name)));
    }

    @Test
    void shouldListInactiveHandlersOnlyWhenAsked() {
        String name = "h_" + UUID.randomUUID();
        String event = "kafka:payments_" + name;
        given().contentType(ContentType.JSON).body(handler(name, event, false)).post("/api/event").then().statusCode(200);

        given().get("/api/event/" + event).then().body("name", not(hasItem(name)));
        given().queryParam("activeOnly", false).get("/api/event/" + event).then().body("name", hasItem(name));
    }

    @Test
    void shouldRefuseADuplicateNameWith409() {
        String name = "h_" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(handler(name, "kafka:x", true)).post("/api/event").then().statusCode(200);
        given().contentType(ContentType.JSON).body(handler(name, "kafka:x", true)).post("/api/event").then()
                .statusCode(409).body("message", containsString(name));
    }

    @Test
    void shouldUpdateAnExistingHandlerAndRefuseAnUnknownOne() {
        String name = "h_" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(handler(name, "kafka:a", true)).post("/api/event").then().statusCode(200);
        given().contentType(ContentType.JSON).body(handler(name, "kafka:b", true)).put("/api/event").then().statusCode(200);
        given().get("/api/event/kafka:b").then().body("name", hasItem(name));

        given().contentType(ContentType.JSON).body(handler("absent_" + name, "kafka:b", true)).put("/api/event").then()
                .statusCode(404).body("status", equalTo(404));
        given().delete("/api/event/absent_" + name).then().statusCode(404);
    }

    @Test
    void shouldRefuseBadHandlersWith400NamingTheProblem() {
        given().contentType(ContentType.JSON).body("{\"event\": \"kafka:x\", \"actions\": []}").post("/api/event")
                .then().statusCode(400).body("message", containsString("name"));
        given().contentType(ContentType.JSON).body("{\"name\": \"n\", \"event\": \"kafka:x\", \"actions\": []}")
                .post("/api/event").then().statusCode(400).body("message", containsString("actions"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"n\", \"event\": \"kafka:x\", \"actions\": [{\"action\": \"launch_rocket\"}]}")
                .post("/api/event").then().statusCode(400).body("message", containsString("actions[0].action"));
        given().contentType(ContentType.JSON).body("{\"name\": \"n\", \"event\": ")
                .post("/api/event").then().statusCode(400).body("status", equalTo(400));
    }
}
