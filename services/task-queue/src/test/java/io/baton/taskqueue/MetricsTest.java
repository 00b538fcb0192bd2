package io.baton.taskqueue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Prometheus (through k8s/base/servicemonitor.yaml) scrapes /q/metrics: a worker's poll shows there by its route. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class MetricsTest {

    @Test
    void aPollIsCountedByItsRoute() {
        given().get("/api/tasks/poll/metrics_probe").then().statusCode(204);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"204\",uri=\"/api/tasks/poll/{tasktype}\"}"));
    }
}
