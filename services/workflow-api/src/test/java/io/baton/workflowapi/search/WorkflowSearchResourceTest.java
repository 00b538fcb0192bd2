package io.baton.workflowapi.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.baton.infra.BatonInfraResource;
import io.baton.model.workflow.Workflow;
import io.baton.model.workflow.WorkflowStatus;
import io.baton.workflowapi.workflow.DeciderTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search on the decider's workflow table, filled here by hand (no decider runs). Every test searches only the
 * workflow types it made, since other tests of this JVM share the table.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class WorkflowSearchResourceTest {
    /** 2023-11-14T22:13:20Z */
    private static final long T0 = 1_700_000_000_000L;

    @Inject
    Pool pool;

    private String orders;
    private String refunds;
    private String marker;
    private Workflow first;
    private Workflow second;
    private Workflow third;

    @BeforeEach
    void storeWorkflows() {
        String suffix = UUID.randomUUID().toString().replace("-", "");
        orders = "orders_" + suffix;
        refunds = "refunds_" + suffix;
        marker = "needle-" + suffix;

        first = DeciderTables.workflow("a-" + suffix, orders, T0);
        first.setStatus(WorkflowStatus.COMPLETED);
        first.setEndTime(T0 + 1_500);
        first.setUpdateTime(T0 + 1_500);
        first.setCorrelationId("corr-" + suffix);
        // jsonb keeps keys shortest first, then in byte order: the order the decider's state hands them back in.
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("n", Map.of("a", List.of(1, 2.5, "s")));
        input.put("x", "hello");
        first.setInput(input);
        first.setOutput(Map.of("r", 1));

        second = DeciderTables.workflow("b-" + suffix, orders, T0 + 1_000);
        second.setStatus(WorkflowStatus.FAILED);
        second.setEndTime(T0 + 2_000);
        second.setReasonForIncompletion("boom");
        second.setFailedReferenceTaskNames(new LinkedHashSet<>(List.of("pay_ref", "ship_ref")));
        second.setInput(Map.of("note", "find the " + marker + " here"));

        third = DeciderTables.workflow("c-" + suffix, refunds, T0 + 2_000);
        third.setParentWorkflowId(first.getWorkflowId());

        DeciderTables rows = new DeciderTables(pool);
        rows.insert(first);
        rows.insert(second);
        rows.insert(third);
    }

    private String both() {
        return "workflowType IN (" + orders + ", " + refunds + ")";
    }

    @Test
    void shouldAnswerSummariesInTheReferenceServersShape() {
        given().queryParam("query", "workflowType = " + orders + " AND status = COMPLETED")
                .get("/api/workflow/search").then().statusCode(200)
                .body("totalHits", equalTo(1))
                .body("results[0].workflowType", equalTo(orders))
                .body("results[0].version", equalTo(1))
                .body("results[0].workflowId", equalTo(first.getWorkflowId()))
                .body("results[0].correlationId", equalTo(first.getCorrelationId()))
                .body("results[0].startTime", equalTo("2023-11-14T22:13:20.000Z"))
                .body("results[0].updateTime", equalTo("2023-11-14T22:13:21.500Z"))
                .body("results[0].endTime", equalTo("2023-11-14T22:13:21.500Z"))
                .body("results[0].status", equalTo("COMPLETED"))
                .body("results[0].input", equalTo("{n={a=[1, 2.5, s]}, x=hello}"))
                .body("results[0].output", equalTo("{r=1}"))
                .body("results[0].executionTime", equalTo(1500))
                .body("results[0].failedReferenceTaskNames", equalTo(""))
                .body("results[0].priority", equalTo(0))
                .body("results[0].failedTaskNames", empty())
                .body("results[0].taskToDomain", equalTo(Map.of()))
                .body("results[0].parentWorkflowId", equalTo(""))
                .body("results[0].classifier", equalTo("workflow"))
                .body("results[0].inputSize", equalTo(28))
                .body("results[0].outputSize", equalTo(5))
                .body("results[0]", not(hasKey("reasonForIncompletion")));
        given().queryParam("query", "workflowId = " + second.getWorkflowId()).get("/api/workflow/search").then()
                // a set, in no particular order (as in Conductor)
                .body("results[0].failedReferenceTaskNames", anyOf(equalTo("pay_ref,ship_ref"), equalTo("ship_ref,pay_ref")))
                .body("results[0].reasonForIncompletion", equalTo("boom"))
                .body("results[0]", not(hasKey("correlationId")));
        given().queryParam("query", "workflowId = " + third.getWorkflowId()).get("/api/workflow/search").then()
                .body("results[0].executionTime", equalTo(0))
                .body("results[0]", not(hasKey("endTime")));
    }

    @Test
    void shouldAnswerWholeWorkflowsWithoutTasksFromSearchV2() {
        given().queryParam("query", both()).queryParam("sort", "startTime:DESC").get("/api/workflow/search-v2")
                .then().statusCode(200)
                .body("totalHits", equalTo(3))
                .body("results.workflowId", contains(third.getWorkflowId(), second.getWorkflowId(), first.getWorkflowId()))
                .body("results[2].startTime", equalTo(T0))
                .body("results[2].input.x", equalTo("hello"))
                .body("results[2].workflowName", equalTo(orders))
                .body("results[2].tasks", empty());
    }

    @Test
    void shouldCombineConditionsWithAndOrAndParentheses() {
        given().queryParam("query", "(workflowType = " + orders + " AND status IN (FAILED, RUNNING)) OR "
                        + "(workflowType = " + refunds + " AND startTime > " + (T0 + 1_999) + ")")
                .get("/api/workflow/search").then().statusCode(200)
                .body("totalHits", equalTo(2))
                .body("results.workflowId", contains(second.getWorkflowId(), third.getWorkflowId()));
        given().queryParam("query", both() + " AND endTime < " + (T0 + 1_600) + " AND endTime > 0")
                .get("/api/workflow/search").then()
                .body("results.workflowId", contains(first.getWorkflowId()));
        given().queryParam("query", "correlationId = \"" + first.getCorrelationId() + "\" AND version = 1")
                .get("/api/workflow/search").then()
                .body("results.workflowId", contains(first.getWorkflowId()));
    }

    @Test
    void shouldSortAndPageCountingEveryMatch() {
        given().queryParam("query", both()).queryParam("sort", "workflowType:DESC|startTime:ASC")
                .queryParam("start", 1).queryParam("size", 1)
                .get("/api/workflow/search").then().statusCode(200)
                .body("totalHits", equalTo(3))
                .body("results.workflowId", contains(first.getWorkflowId()));
        given().queryParam("query", both()).queryParam("start", 3).get("/api/workflow/search").then()
                .body("totalHits", equalTo(3)).body("results", empty());
    }

    @Test
    void shouldFindFreeTextInTheCorrelationIdInputAndOutput() {
        given().queryParam("query", both()).queryParam("freeText", marker.toUpperCase())
                .get("/api/workflow/search").then().statusCode(200)
                .body("results.workflowId", contains(second.getWorkflowId()));
        given().queryParam("freeText", first.getCorrelationId()).get("/api/workflow/search").then()
                .body("results.workflowId", contains(first.getWorkflowId()));
        // A running workflow is outside the decider's trigram index and found all the same.
        given().queryParam("freeText", third.getWorkflowId()).get("/api/workflow/search").then()
                .body("results.workflowId", contains(third.getWorkflowId()))
                .body("results.status", contains("RUNNING"));
        given().queryParam("query", both()).queryParam("freeText", "*").get("/api/workflow/search").then()
                .body("totalHits", equalTo(3));
    }

    @Test
    void shouldLeaveOutSubWorkflowsWhenAskedForTopLevelOnly() {
        given().queryParam("query", both()).queryParam("topLevelOnly", true).get("/api/workflow/search").then()
                .body("results.workflowId", containsInAnyOrder(first.getWorkflowId(), second.getWorkflowId()));
    }

    @Test
    void shouldAnswer400SayingWhereTheQueryFailedToParse() {
        given().queryParam("query", "status IN (RUNNING").get("/api/workflow/search").then().statusCode(400)
                .body("status", equalTo(400))
                .body("message", equalTo("Invalid query at character 19: expected ',' or ')', found the end of the query"));
        given().queryParam("query", "name = x").get("/api/workflow/search-v2").then().statusCode(400)
                .body("message", startsWith("Invalid query at character 1: unknown field 'name'"));
        given().queryParam("sort", "name:ASC").get("/api/workflow/search").then().statusCode(400)
                .body("message", startsWith("Cannot sort by 'name'"));
        given().queryParam("size", 5_001).get("/api/workflow/search").then().statusCode(400)
                .body("message", startsWith("size must be between 0 and 5000"));
    }
}
