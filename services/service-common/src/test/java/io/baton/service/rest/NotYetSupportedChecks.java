package io.baton.service.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.service.rest.NotYetSupportedFilter.Endpoint;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** What every service's list of not yet supported endpoints must hold, checked against the running service. */
public final class NotYetSupportedChecks {

    private NotYetSupportedChecks() {
    }

    /** Each endpoint answers 501 with Conductor's error body naming it. */
    public static void assertEachAnswers501(NotYetSupportedFilter filter) {
        for (Endpoint endpoint : filter.endpoints()) {
            given().contentType(ContentType.JSON).body("{}").request(endpoint.method(), endpoint.example())
                    .then().statusCode(501)
                    .body("status", equalTo(501))
                    .body("message", equalTo(endpoint + " is not supported by Baton yet"));
        }
    }

    /** No listed endpoint is also served by a resource (as the service's OpenAPI document shows), which it would hide. */
    public static void assertNoneIsServed(NotYetSupportedFilter filter) {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").path("paths");
        List<String> served = paths.entrySet().stream().flatMap(path -> path.getValue().keySet().stream()
                .map(method -> Endpoint.shape(method, path.getKey()))).toList();
        assertEquals(List.of(), filter.endpoints().stream().map(Endpoint::shape).filter(served::contains).toList());
    }
}
