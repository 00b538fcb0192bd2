package io.baton.workflowapi.unsupported;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.baton.infra.BatonInfraResource;
import io.baton.service.rest.NotYetSupportedChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The metadata, workflow, queue and admin endpoints Baton does not serve yet answer 501 naming themselves. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class NotYetSupportedEndpointsTest {

    @Test
    void shouldAnswerEachWith501NamingIt() {
        NotYetSupportedChecks.assertEachAnswers501(new NotYetSupportedEndpoints());
    }

    @Test
    void shouldListNoEndpointThatAResourceServes() {
        NotYetSupportedChecks.assertNoneIsServed(new NotYetSupportedEndpoints());
    }

    @Test
    void shouldLeaveTheirNeighboursToTheirResources() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        given().contentType(ContentType.JSON).body("{}").post("/api/workflow/" + name).then().statusCode(404)
                .body("message", equalTo("No such workflow defined. name=" + name + ", version=null"));
        given().contentType(ContentType.JSON).body("{}").post("/api/workflow/test/").then().statusCode(501);
        given().get("/api/metadata/workflow/" + name + "/versions").then().statusCode(200);
    }
}
