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

    private static String conditional(String name, String evaluatorType, String condition) {
        return """
                {"name": "%s", "event": "kafka:x", "active": true, "evaluatorType": %s, "condition": "%s",
                 "actions": [{"action": "terminate_workflow", "terminate_workflow": {"workflowId": "${payload.id}"}}]}
                """.formatted(name, evaluatorType == null ? "null" : "\"" + evaluatorType + "\"", condition);
    }

    @Test
    void shouldRefuseAConditionThatCannotRunWith400OnAddAndUpdate() {
        String name = "h_" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(conditional(name, null, "$.payload.a ==")).post("/api/event").then()
                .statusCode(400).body("message", containsString("condition: Error evaluating the script `SyntaxError"));
        given().contentType(ContentType.JSON).body(conditional(name, "python", "$.payload.a")).post("/api/event").then()
                .statusCode(400).body("message", containsString("evaluatorType"));

        given().contentType(ContentType.JSON).body(conditional(name, "graaljs", "$.payload.a == 1")).post("/api/event")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(conditional(name, "javascript", "$.payload.a = = 1")).put("/api/event")
                .then().statusCode(400).body("message", containsString("SyntaxError"));
        // value-param names a key of the document: any text is a valid condition.
        given().contentType(ContentType.JSON).body(conditional(name, "value-param", "payload ==")).put("/api/event")
                .then().statusCode(200);
        given().get("/api/event/kafka:x").then().body("find { it.name == '%s' }.evaluatorType".formatted(name),
                equalTo("value-param"));
    }

    @Test
    void shouldRequireTheWorkflowOfATerminateOrAnUpdateAndTheVariables() {
        given().contentType(ContentType.JSON).body("""
                {"name": "n", "event": "kafka:x",
                 "actions": [{"action": "terminate_workflow", "terminate_workflow": {"terminationReason": "r"}}]}
                """).post("/api/event").then().statusCode(400)
                .body("message", containsString("actions[0].terminate_workflow.workflowId is required"));
        given().contentType(ContentType.JSON).body("""
                {"name": "n", "event": "kafka:x",
                 "actions": [{"action": "update_workflow_variables", "update_workflow_variables": {"workflowId": "w"}}]}
                """).post("/api/event").then().statusCode(400)
                .body("message", containsString("actions[0].update_workflow_variables.variables is required"));
    }
}
