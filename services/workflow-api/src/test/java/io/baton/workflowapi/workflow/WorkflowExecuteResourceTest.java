package io.baton.workflowapi.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * POST /api/workflow/execute/{name}/{version}'s refusals, which start nothing. Its answers need the decider: the
 * Java SDK's executeWorkflow drives them on the whole cluster (e2e-sdk JavaSdkExecuteWorkflowTest).
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class WorkflowExecuteResourceTest {

    @Test
    void shouldRefuseAnUnknownReturnStrategyOrVersion() {
        given().contentType(ContentType.JSON).body("{}").queryParam("returnStrategy", "EVERYTHING")
                .post("/api/workflow/execute/any/1").then().statusCode(400)
                .body("message", containsString("Invalid returnStrategy: EVERYTHING"));
        given().contentType(ContentType.JSON).body("{}").post("/api/workflow/execute/any/latest").then().statusCode(400)
                .body("message", equalTo("version must be a number (0 for the latest): latest"));
        given().contentType(ContentType.JSON).body("{}").queryParam("waitForSeconds", -1)
                .post("/api/workflow/execute/any/1").then().statusCode(400);
    }

    @Test
    void shouldAnswer404ForAnUnknownDefinition() {
        String name = "unknown_" + UUID.randomUUID().toString().replace("-", "");
        given().contentType(ContentType.JSON).body("{}").post("/api/workflow/execute/" + name + "/0").then()
                .statusCode(404).body("message", containsString(name));
    }
}
