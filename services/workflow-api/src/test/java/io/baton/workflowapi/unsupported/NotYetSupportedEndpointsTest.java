package io.baton.workflowapi.unsupported;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.service.rest.NotYetSupportedFilter.Endpoint;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The metadata, workflow, queue and admin endpoints Baton does not serve yet answer 501 naming themselves. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class NotYetSupportedEndpointsTest {
    private final List<Endpoint> endpoints = new NotYetSupportedEndpoints().endpoints();

    @Test
    void shouldAnswerEachWith501NamingIt() {
        for (Endpoint endpoint : endpoints) {
            given().contentType(ContentType.JSON).body("{}").request(endpoint.method(), endpoint.example())
                    .then().statusCode(501)
                    .body("status", equalTo(501))
                    .body("message", equalTo(endpoint + " is not supported by Baton yet"));
        }
    }

    @Test
    void shouldListNoEndpointThatAResourceServes() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").path("paths");
        List<String> served = paths.entrySet().stream().flatMap(path -> path.getValue().keySet().stream()
                .map(method -> Endpoint.shape(method, path.getKey()))).toList();
        assertEquals(List.of(), endpoints.stream().map(Endpoint::shape).filter(served::contains).toList());
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
