package io.baton.taskqueue.queue;

import static io.baton.taskqueue.TaskDispatches.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.task.Task;
import io.baton.taskqueue.TaskDispatches;
import io.baton.taskqueue.WorkerPolls;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Conductor's queue admin under /api/tasks/queue: who polled what (poll data), and requeueing pending tasks. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class PollDataAndRequeueTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldRecordTheLastPollOfEachWorkerAndDomainOfATaskType() {
        String taskType = unique("polled");
        long before = System.currentTimeMillis();
        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(204);
        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(204);
        given().queryParam("workerid", "w2").queryParam("domain", "eu").queryParam("timeout", 0)
                .get("/api/tasks/poll/batch/" + taskType).then().statusCode(200);

        given().queryParam("taskType", taskType).get("/api/tasks/queue/polldata").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].queueName", equalTo(taskType)).body("[0].domain", nullValue())
                .body("[0].workerId", equalTo("w1")).body("[0].lastPollTime", greaterThanOrEqualTo(before))
                .body("[1].queueName", equalTo(taskType)).body("[1].domain", equalTo("eu"))
                .body("[1].workerId", equalTo("w2")).body("[1].lastPollTime", greaterThanOrEqualTo(before));
        given().get("/api/tasks/queue/polldata/all").then().statusCode(200)
                .body("findAll { it.queueName == '" + taskType + "' }.workerId", equalTo(List.of("w1", "w2")));
    }

    @Test
    void shouldMoveTheLastPollTimeOnAsTheWorkerKeepsPolling() {
        String taskType = unique("polled_again");
        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(204);
        long first = lastPollTime(taskType);

        // Written at most once per baton.poll-data.write-interval (200ms in tests), so a later poll moves it on.
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> {
            given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(204);
            return lastPollTime(taskType) > first;
        });
    }

    private static long lastPollTime(String taskType) {
        return given().queryParam("taskType", taskType).get("/api/tasks/queue/polldata").then().statusCode(200)
                .extract().jsonPath().getLong("[0].lastPollTime");
    }

    @Test
    void shouldRefusePollDataWithoutATaskType() {
        given().get("/api/tasks/queue/polldata").then().statusCode(400).body("status", equalTo(400))
                .body("message", containsString("TaskType"));
    }

    @Test
    void shouldOfferTasksWorkersTookAgainWhenTheirTypeIsRequeued() {
        String taskType = unique("requeued");
        String otherType = unique("untouched");
        Task taken = dispatches().dispatch(taskType, null);
        Task routed = dispatches().dispatch(taskType, "eu");
        Task other = dispatches().dispatch(otherType, null);
        assertEquals(taken.getTaskId(), WorkerPolls.untilAvailable(taskType, null).path("taskId"));
        assertEquals(other.getTaskId(), WorkerPolls.untilAvailable(otherType, null).path("taskId"));
        Awaitility.await().atMost(WAIT).until(() -> given().queryParam("taskType", taskType).queryParam("domain", "eu")
                .get("/api/tasks/queue/size").then().extract().asString().equals("1"));

        // The one a worker took and the one still waiting in its domain: both pending, both counted.
        given().post("/api/tasks/queue/requeue/" + taskType).then().statusCode(200)
                .contentType(containsString("text/plain")).body(equalTo("2"));

        given().queryParam("workerid", "w2").get("/api/tasks/poll/" + taskType).then().statusCode(200)
                .body("taskId", equalTo(taken.getTaskId())).body("workerId", equalTo("w2")).body("pollCount", equalTo(2));
        given().queryParam("workerid", "w2").queryParam("domain", "eu").get("/api/tasks/poll/" + taskType).then()
                .statusCode(200).body("taskId", equalTo(routed.getTaskId()));
        given().queryParam("workerid", "w2").get("/api/tasks/poll/" + otherType).then().statusCode(204);
    }

    @Test
    void shouldRequeueNoTaskThatTaskQueueRunsItselfNorOneThatIsDone() {
        given().post("/api/tasks/queue/requeue/HTTP").then().statusCode(200).body(equalTo("0"));

        String taskType = unique("finished");
        Task task = dispatches().dispatch(taskType, null);
        WorkerPolls.untilAvailable(taskType, null);
        given().contentType("application/json").body(Map.of("workflowInstanceId", task.getWorkflowInstanceId(),
                "taskId", task.getTaskId(), "status", "COMPLETED")).post("/api/tasks").then().statusCode(200);
        given().post("/api/tasks/queue/requeue/" + taskType).then().statusCode(200).body(equalTo("0"));
        given().queryParam("workerid", "w1").get("/api/tasks/poll/" + taskType).then().statusCode(204);
    }


    private TaskDispatches dispatches() {
        return new TaskDispatches(KafkaProbe.shared(bootstrapServers));
    }
}
