package io.baton.workflowapi.throughput;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.baton.infra.BatonInfraResource;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.workflowapi.workflow.DeciderTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Counts on the decider's workflow table, filled here by hand; only this test's workflow types are looked at. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class ThroughputResourceTest {
    private static final long MINUTE = 60_000;

    @Inject
    Pool pool;

    @Test
    void shouldCountStartsAndEndsPerMinuteOfTheWindowOnly() {
        String type = "counted_" + UUID.randomUUID().toString().replace("-", "");
        long thisMinute = System.currentTimeMillis() / MINUTE * MINUTE;
        long tenAgo = thisMinute - 10 * MINUTE;
        DeciderTables rows = new DeciderTables(pool);
        rows.insert(ended(type, tenAgo + 1, tenAgo + 2, WorkflowStatus.COMPLETED));
        rows.insert(ended(type, tenAgo + 3, thisMinute, WorkflowStatus.TIMED_OUT));
        rows.insert(DeciderTables.workflow(UUID.randomUUID().toString(), type, thisMinute + 1));
        // Started and ended before the window: not counted.
        rows.insert(ended(type, tenAgo - 120 * MINUTE, tenAgo - 100 * MINUTE, WorkflowStatus.FAILED));

        String ofType = "findAll { it.workflowType == '" + type + "' }";
        given().queryParam("minutes", 60).get("/api/metrics/workflows").then().statusCode(200)
                .body(ofType + ".minute", contains(tenAgo, thisMinute))
                .body(ofType + ".started", contains(2, 1))
                .body(ofType + ".completed", contains(1, 0))
                .body(ofType + ".failed", contains(0, 1));
        given().queryParam("minutes", 5).get("/api/metrics/workflows").then().statusCode(200)
                .body(ofType + ".minute", contains(thisMinute));
        given().queryParam("minutes", 0).get("/api/metrics/workflows").then().statusCode(400)
                .body("message", equalTo("minutes must be between 1 and 1440, not 0"));
    }

    private static Workflow ended(String type, long start, long end, WorkflowStatus status) {
        Workflow workflow = DeciderTables.workflow(UUID.randomUUID().toString(), type, start);
        workflow.setStatus(status);
        workflow.setEndTime(end);
        workflow.setUpdateTime(end);
        return workflow;
    }
}
