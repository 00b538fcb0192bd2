package io.baton.workflowapi.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.baton.infra.BatonInfraResource;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.model.workflow.Workflow;
import io.baton.workflowapi.workflow.DeciderTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Task search, and workflow search by tasks, on the decider's tables, filled here by hand (no decider runs). Every test
 * searches only the task types it made, since other tests of this JVM share the tables.
 */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class TaskSearchResourceTest {
    /** 2023-11-14T22:13:20Z */
    private static final long T0 = 1_700_000_000_000L;

    @Inject
    Pool pool;

    private Workflow media;
    private Workflow news;
    private String encode;
    private String publish;
    private String marker;
    private Task encoded;
    private Task waiting;
    private Task published;

    @BeforeEach
    void storeTasks() {
        String suffix = UUID.randomUUID().toString().replace("-", "");
        encode = "encode_" + suffix;
        publish = "publish_" + suffix;
        marker = "needle-" + suffix;

        media = DeciderTables.workflow("m-" + suffix, "media_" + suffix, T0);
        media.setCorrelationId("corr-" + suffix);
        encoded = task("t1-" + suffix, 1, encode, TaskStatus.COMPLETED, T0);
        encoded.setStartTime(T0 + 500);
        encoded.setEndTime(T0 + 2_000);
        encoded.setUpdateTime(T0 + 2_000);
        encoded.setInputData(Map.of("file", "a.mp4"));
        encoded.setOutputData(Map.of("url", "https://cdn/" + marker));
        waiting = task("t2-" + suffix, 2, encode, TaskStatus.SCHEDULED, T0 + 3_000);
        media.setTasks(List.of(encoded, waiting));
        for (Task task : media.getTasks()) {
            task.setWorkflowType(media.getWorkflowName());
            task.setCorrelationId(media.getCorrelationId());
        }

        news = DeciderTables.workflow("n-" + suffix, "news_" + suffix, T0 + 1_000);
        published = task("t3-" + suffix, 1, publish, TaskStatus.IN_PROGRESS, T0 + 1_000);
        published.setWorkflowType(news.getWorkflowName());
        published.setDomain("eu");
        news.setTasks(List.of(published));

        DeciderTables rows = new DeciderTables(pool);
        rows.insert(media);
        rows.insert(news);
    }

    private static Task task(String taskId, int seq, String type, TaskStatus status, long scheduledTime) {
        Task task = new Task();
        task.setTaskId(taskId);
        task.setSeq(seq);
        task.setTaskType(type);
        task.setTaskDefName(type);
        task.setReferenceTaskName(type + "_ref");
        task.setStatus(status);
        task.setScheduledTime(scheduledTime);
        task.setUpdateTime(scheduledTime);
        return task;
    }

    private String both() {
        return "taskType IN (" + encode + ", " + publish + ")";
    }

    @Test
    void shouldAnswerSummariesInTheReferenceServersShape() {
        given().queryParam("query", "taskType = " + encode + " AND status = COMPLETED")
                .get("/api/tasks/search").then().statusCode(200)
                .body("totalHits", equalTo(1))
                .body("results[0].taskId", equalTo(encoded.getTaskId()))
                .body("results[0].workflowId", equalTo(encoded.getWorkflowInstanceId()))
                .body("results[0].workflowType", equalTo(encoded.getWorkflowType()))
                .body("results[0].correlationId", equalTo(encoded.getCorrelationId()))
                .body("results[0].taskType", equalTo(encode))
                .body("results[0].taskDefName", equalTo(encode))
                .body("results[0].status", equalTo("COMPLETED"))
                .body("results[0].scheduledTime", equalTo("2023-11-14T22:13:20.000Z"))
                .body("results[0].startTime", equalTo("2023-11-14T22:13:20.500Z"))
                .body("results[0].updateTime", equalTo("2023-11-14T22:13:22.000Z"))
                .body("results[0].endTime", equalTo("2023-11-14T22:13:22.000Z"))
                .body("results[0].executionTime", equalTo(1500))
                .body("results[0].input", equalTo("{file=a.mp4}"))
                .body("results[0].output", equalTo("{url=https://cdn/" + marker + "}"))
                .body("results[0].workflowPriority", equalTo(0))
                .body("results[0]", not(hasKey("reasonForIncompletion")));
        // A time not reached yet is the epoch, as Conductor formats a zero.
        given().queryParam("query", "taskId = " + waiting.getTaskId()).get("/api/tasks/search").then()
                .body("results[0].startTime", equalTo("1970-01-01T00:00:00.000Z"))
                .body("results[0].executionTime", equalTo(0));
    }

    @Test
    void shouldAnswerWholeTasksFromSearchV2() {
        given().queryParam("query", both()).queryParam("sort", "scheduledTime:DESC").get("/api/tasks/search-v2")
                .then().statusCode(200)
                .body("totalHits", equalTo(3))
                .body("results.taskId", contains(waiting.getTaskId(), published.getTaskId(), encoded.getTaskId()))
                .body("results[2].outputData.url", equalTo("https://cdn/" + marker))
                .body("results[2].scheduledTime", equalTo(T0))
                .body("results[1].domain", equalTo("eu"));
    }

    @Test
    void shouldFilterOnTheTasksWorkflowAndCombineConditions() {
        given().queryParam("query", "workflowType = " + published.getWorkflowType() + " OR (" + both()
                        + " AND status IN (SCHEDULED) AND scheduledTime > " + (T0 + 2_999) + ")")
                .get("/api/tasks/search").then().statusCode(200)
                .body("results.taskId", contains(published.getTaskId(), waiting.getTaskId()));
        given().queryParam("query", "correlationId = '" + encoded.getCorrelationId() + "' AND endTime > 0")
                .get("/api/tasks/search").then()
                .body("results.taskId", contains(encoded.getTaskId()));
        given().queryParam("query", "workflowId = " + published.getWorkflowInstanceId() + " AND domain = eu "
                        + "AND taskRefName = " + publish + "_ref AND taskDefName = " + publish)
                .get("/api/tasks/search").then()
                .body("results.taskId", contains(published.getTaskId()));
    }

    @Test
    void shouldSortAndPageCountingEveryMatch() {
        given().queryParam("query", both()).queryParam("sort", "taskType:DESC|scheduledTime:ASC")
                .queryParam("start", 1).queryParam("size", 1)
                .get("/api/tasks/search").then().statusCode(200)
                .body("totalHits", equalTo(3))
                .body("results.taskId", contains(encoded.getTaskId()));
        // Pages run across ended and live tasks alike.
        given().queryParam("query", both()).queryParam("start", 1).queryParam("size", 2).get("/api/tasks/search")
                .then().body("totalHits", equalTo(3))
                .body("results.taskId", contains(published.getTaskId(), waiting.getTaskId()));
        given().queryParam("query", both() + " AND status IN (SCHEDULED, COMPLETED)").queryParam("size", 1)
                .get("/api/tasks/search").then().body("totalHits", equalTo(2))
                .body("results.taskId", contains(encoded.getTaskId()));
        given().queryParam("query", both()).queryParam("start", 3).get("/api/tasks/search").then()
                .body("totalHits", equalTo(3)).body("results", empty());
    }

    @Test
    void shouldFindFreeTextInTheInputAndOutput() {
        given().queryParam("query", both()).queryParam("freeText", marker.toUpperCase())
                .get("/api/tasks/search").then().statusCode(200)
                .body("results.taskId", contains(encoded.getTaskId()));
        given().queryParam("freeText", marker).get("/api/tasks/search-v2").then()
                .body("results.taskId", contains(encoded.getTaskId()));
        // A scheduled task is outside the decider's trigram index and found all the same.
        given().queryParam("freeText", waiting.getTaskId()).get("/api/tasks/search").then()
                .body("results.taskId", contains(waiting.getTaskId()));
    }

    @Test
    void shouldFindWorkflowsByTheirTasksOnceEachSortedAsWorkflows() {
        given().queryParam("query", both()).queryParam("sort", "startTime:DESC")
                .get("/api/workflow/search-by-tasks").then().statusCode(200)
                .body("totalHits", equalTo(2))
                .body("results.workflowId", contains(news.getWorkflowId(), media.getWorkflowId()))
                .body("results[1].correlationId", equalTo(media.getCorrelationId()))
                .body("results[1].startTime", equalTo("2023-11-14T22:13:20.000Z"));
        given().queryParam("query", both() + " AND status IN (SCHEDULED, IN_PROGRESS)").queryParam("freeText", "*")
                .queryParam("start", 1).get("/api/workflow/search-by-tasks-v2").then().statusCode(200)
                .body("totalHits", equalTo(2))
                .body("results.workflowId", contains(news.getWorkflowId()))
                .body("results[0].tasks", empty());
        given().queryParam("query", both()).queryParam("freeText", marker).get("/api/workflow/search-by-tasks-v2").then()
                .body("results.workflowId", contains(media.getWorkflowId()));
        given().queryParam("query", "version = 1").get("/api/workflow/search-by-tasks").then().statusCode(400)
                .body("message", startsWith("Invalid query at character 1: unknown field 'version'; fields are taskId"));
        given().queryParam("sort", "taskType:ASC").get("/api/workflow/search-by-tasks").then().statusCode(400)
                .body("message", startsWith("Cannot sort by 'taskType': sortable fields are workflowId"));
    }

    @Test
    void shouldAnswer400SayingWhereTheQueryFailedToParse() {
        given().queryParam("query", "taskType = a AND").get("/api/tasks/search").then().statusCode(400)
                .body("status", equalTo(400))
                .body("message", startsWith("Invalid query at character 17: expected a field (taskId, workflowId"));
        given().queryParam("query", "version = 1").get("/api/tasks/search-v2").then().statusCode(400)
                .body("message", startsWith("Invalid query at character 1: unknown field 'version'; fields are taskId"));
        given().queryParam("query", "status IN (RUNNING)").get("/api/tasks/search").then().statusCode(400)
                .body("message", startsWith("Invalid query at character 12: 'RUNNING' is not a value of status"));
        given().queryParam("sort", "workflowVersion:DESC").get("/api/tasks/search").then().statusCode(400)
                .body("message", startsWith("Cannot sort by 'workflowVersion'"));
        given().queryParam("start", -1).get("/api/tasks/search-v2").then().statusCode(400)
                .body("message", equalTo("start must not be negative, was -1"));
    }
}
