package io.baton.taskqueue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The launcher waits on readiness: it must vouch for PostgreSQL and Kafka, not just for the HTTP server. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class ReadinessTest {

    @Test
    void shouldBeReadyWithPostgresAndKafkaChecked() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Kafka connection health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }
}
