package io.baton.taskqueue.unsupported;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.baton.infra.BatonInfraResource;
import io.baton.service.rest.NotYetSupportedChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The worker-protocol endpoints Baton does not serve yet answer 501 naming themselves, and only those. */
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
        given().get("/api/tasks/" + UUID.randomUUID() + "/log").then().statusCode(204);
        given().queryParam("taskType", "nothing").get("/api/tasks/queue/size").then().statusCode(200).body(equalTo("0"));
        given().get("/api/tasks/external-storage-location/").then().statusCode(501);
        given().post("/api/tasks/external-storage-location").then().statusCode(405);
    }
}
