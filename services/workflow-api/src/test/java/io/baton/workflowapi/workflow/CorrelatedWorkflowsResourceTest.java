package io.baton.workflowapi.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.baton.infra.BatonInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/workflow/{name}/correlated on real PostgreSQL: workflows by correlation id, for a list of ids. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class CorrelatedWorkflowsResourceTest {
    @Inject
    Pool pool;

    @Test
    void shouldListTheWorkflowsOfEachCorrelationIdGiven() {
        DeciderTables tables = new DeciderTables(pool);
        String name = "correlated_" + UUID.randomUUID().toString().replace("-", "");
        String runningA = UUID.randomUUID().toString();
        String completedA = UUID.randomUUID().toString();
        String runningB = UUID.randomUUID().toString();
        tables.insertWorkflow(runningA, name, "RUNNING", "a");
        tables.insertWorkflow(completedA, name, "COMPLETED", "a");
        tables.insertWorkflow(runningB, name, "RUNNING", "b");
        tables.insertTask(runningA, 1, "first_ref");
        tables.insertWorkflow(UUID.randomUUID().toString(), name + "_other", "RUNNING", "a");

        given().contentType(ContentType.JSON).body(List.of("a", "b", "none"))
                .post("/api/workflow/" + name + "/correlated").then().statusCode(200)
                .body("a.workflowId", contains(runningA))
                .body("a[0].tasks", empty())
                .body("b.workflowId", contains(runningB))
                .body("none", empty());
        given().contentType(ContentType.JSON).body(List.of("a")).queryParam("includeClosed", true)
                .queryParam("includeTasks", true).post("/api/workflow/" + name + "/correlated").then().statusCode(200)
                .body("a.workflowId", contains(runningA, completedA))
                .body("a[0].tasks.referenceTaskName", contains("first_ref"));
    }

    @Test
    void shouldRefuseABodyThatIsNotAListOfIds() {
        given().contentType(ContentType.JSON).body("{\"a\": 1}").post("/api/workflow/any/correlated")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).post("/api/workflow/any/correlated").then().statusCode(400)
                .body("message", equalTo("The body must be a list of correlation ids"));
    }
}
