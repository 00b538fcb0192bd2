package io.baton.workflowapi.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.service.auth.Role;
import io.baton.service.auth.TestAuth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Auth on: keys, the SDKs' token exchange, and each role's reach. Every denial is 401/403 with a JSON body naming
 * the problem, and the state read back afterwards is unchanged.
 */
@QuarkusTest
@TestProfile(AuthOn.class)
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class AccessControlTest {
    private static final String HEADER = "X-Authorization";

    private static RequestSpecification as(String token) {
        return given().header(HEADER, token);
    }

    private static String adminToken() {
        return tokenFor(TestAuth.BOOTSTRAP_ID, TestAuth.BOOTSTRAP_SECRET);
    }

    private static String tokenFor(String keyId, String secret) {
        return given().contentType(ContentType.JSON).body("{\"keyId\": \"" + keyId + "\", \"keySecret\": \"" + secret + "\"}")
                .post("/api/token").then().statusCode(200).body("token", notNullValue()).extract().path("token");
    }

    /** @return the new key's id and secret */
    private static List<String> createKey(String role, String taskTypes) {
        ValidatableResponse created = as(adminToken()).contentType(ContentType.JSON)
                .body("{\"role\": \"" + role + "\", \"taskTypes\": " + taskTypes + "}")
                .post("/api/auth/keys").then().statusCode(200).body("role", equalTo(role));
        return List.of(created.extract().path("id"), created.extract().path("secret"));
    }

    private static int keyCount() {
        return as(adminToken()).get("/api/auth/keys").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static void deniedWith(ValidatableResponse response, int status, String message) {
        response.statusCode(status).contentType(ContentType.JSON).body("status", equalTo(status))
                .body("message", containsString(message));
    }

    private static String taskDef(String name) {
        return "[{\"name\": \"" + name + "\", \"retryCount\": 1}]";
    }

    @Test
    void shouldRefuseRequestsWithoutAValidTokenAndChangeNothing() {
        String name = "auth_" + UUID.randomUUID().toString().replace("-", "");
        deniedWith(given().contentType(ContentType.JSON).body(taskDef(name)).post("/api/metadata/taskdefs").then(),
                401, "No token");
        deniedWith(as(TestAuth.strangersToken()).contentType(ContentType.JSON).body(taskDef(name))
                .post("/api/metadata/taskdefs").then(), 401, "Invalid or expired token");
        deniedWith(as(TestAuth.expiredToken(Role.ADMIN)).contentType(ContentType.JSON).body(taskDef(name))
                .post("/api/metadata/taskdefs").then(), 401, "Invalid or expired token");
        deniedWith(as("not.a.jwt").get("/api/metadata/taskdefs").then(), 401, "Invalid or expired token");

        as(adminToken()).get("/api/metadata/taskdefs/" + name).then().statusCode(404);
    }

    @Test
    void shouldLeaveHealthMetricsAndTheApiDocumentOpen() {
        given().get("/health").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void shouldLetOnlyAnAdminChangeMetadata() {
        String name = "auth_" + UUID.randomUUID().toString().replace("-", "");
        String operator = TestAuth.token(Role.OPERATOR);
        deniedWith(as(operator).contentType(ContentType.JSON).body(taskDef(name)).post("/api/metadata/taskdefs").then(),
                403, "lacks permission ADMINISTER");
        deniedWith(as(TestAuth.token(Role.WORKER, name)).contentType(ContentType.JSON).body(taskDef(name))
                .post("/api/metadata/taskdefs").then(), 403, "lacks permission ADMINISTER");
        as(operator).get("/api/metadata/taskdefs/" + name).then().statusCode(404);

        as(adminToken()).contentType(ContentType.JSON).body(taskDef(name)).post("/api/metadata/taskdefs").then()
                .statusCode(200);
        as(operator).get("/api/metadata/taskdefs/" + name).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void shouldLetAnOperatorStartWorkflowsButNotAWorker() {
        String name = "auth_" + UUID.randomUUID().toString().replace("-", "");
        as(adminToken()).contentType(ContentType.JSON).body("""
                {"name": "%s", "version": 1, "tasks": [{"name": "t", "taskReferenceName": "t", "type": "SIMPLE"}]}
                """.formatted(name)).post("/api/metadata/workflow").then().statusCode(200);

        deniedWith(as(TestAuth.token(Role.WORKER, "t")).contentType(ContentType.JSON).body("{}")
                .post("/api/workflow/" + name).then(), 403, "lacks permission RUN_WORKFLOWS");
        as(TestAuth.token(Role.OPERATOR)).contentType(ContentType.JSON).body("{}").post("/api/workflow/" + name)
                .then().statusCode(200);
    }

    @Test
    void shouldLetOnlyAnAdminManageKeys() {
        int before = keyCount();
        String operator = TestAuth.token(Role.OPERATOR);
        deniedWith(as(operator).contentType(ContentType.JSON).body("{\"role\": \"admin\"}").post("/api/auth/keys")
                .then(), 403, "lacks permission ADMINISTER");
        deniedWith(as(operator).get("/api/auth/keys").then(), 403, "lacks permission ADMINISTER");
        assertEquals(before, keyCount());
    }

    @Test
    void shouldMintTokensForKeysAndNoneOnceRevoked() {
        List<String> worker = createKey("worker", "[\"charge\", \"ship\"]");
        as(adminToken()).get("/api/auth/keys").then().statusCode(200)
                .body("id", hasItem(worker.get(0))).body("secret", not(hasItem(worker.get(1))))
                .body("find { it.id == '" + worker.get(0) + "' }.taskTypes", equalTo(List.of("charge", "ship")));

        String token = tokenFor(worker.get(0), worker.get(1));
        deniedWith(as(token).get("/api/metadata/taskdefs").then(), 403, "lacks permission RUN_WORKFLOWS");

        deniedWith(given().contentType(ContentType.JSON)
                .body("{\"keyId\": \"" + worker.get(0) + "\", \"keySecret\": \"wrong\"}").post("/api/token").then(),
                401, "wrong secret");

        as(adminToken()).delete("/api/auth/keys/" + worker.get(0)).then().statusCode(204);
        deniedWith(given().contentType(ContentType.JSON)
                .body("{\"keyId\": \"" + worker.get(0) + "\", \"keySecret\": \"" + worker.get(1) + "\"}")
                .post("/api/token").then(), 401, "revoked");
        as(adminToken()).get("/api/auth/keys").then().statusCode(200)
                .body("find { it.id == '" + worker.get(0) + "' }.revokedTime", notNullValue());
        deniedWith(as(adminToken()).delete("/api/auth/keys/" + worker.get(0)).then(), 404, worker.get(0));
    }

    @Test
    void shouldGiveAnOperatorKeyAnOperatorsReach() {
        List<String> operator = createKey("operator", "[]");
        String token = tokenFor(operator.get(0), operator.get(1));
        as(token).get("/api/metadata/taskdefs").then().statusCode(200);
        deniedWith(as(token).delete("/api/metadata/taskdefs/anything").then(), 403, "ADMINISTER");
    }

    @Test
    void shouldRefuseAKeyRequestThatNamesNoValidRole() {
        int before = keyCount();
        deniedWith(as(adminToken()).contentType(ContentType.JSON).body("{\"role\": \"root\"}").post("/api/auth/keys")
                .then(), 400, "role");
        deniedWith(as(adminToken()).contentType(ContentType.JSON).body("{\"role\": \"worker\", \"taskTypes\": []}")
                .post("/api/auth/keys").then(), 400, "taskTypes");
        assertEquals(before, keyCount());
    }
}
