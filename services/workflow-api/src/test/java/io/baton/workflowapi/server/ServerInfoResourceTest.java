package io.baton.workflowapi.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What the server says about itself: its version, and its settings without secrets. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class ServerInfoResourceTest {
    @ConfigProperty(name = "quarkus.application.version")
    String version;

    @ConfigProperty(name = "baton.db.host")
    String dbHost;

    @Test
    void shouldAnswerItsVersionAsText() {
        given().get("/api/version").then().statusCode(200).contentType("text/plain").body(equalTo(version));
    }

    @Test
    void shouldAnswerItsSettingsWithoutPasswords() {
        given().get("/api/admin/config").then().statusCode(200)
                .body("version", equalTo(version))
                .body("'baton.db.host'", equalTo(dbHost))
                .body("$", not(hasKey("baton.db.password")));
    }
}
