package io.baton.taskqueue.auth;

import static io.baton.taskqueue.TaskDispatches.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.task.Task;
import io.baton.model.task.TaskStatus;
import io.baton.service.auth.Role;
import io.baton.service.auth.TestAuth;
import io.baton.taskqueue.DeciderTaskTable;
import io.baton.taskqueue.TaskDispatches;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Auth on in task-queue: a worker key reaches only tasks of its granted types (polls by the type in the path, updates
 * and log lines by the type task-queue holds for the task id); each denial is a JSON 403 and leaves the queue as it was.
 */
@QuarkusTest
@TestProfile(AuthOn.class)
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class WorkerAccessTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    private static RequestSpecification as(String token) {
        return given().header("X-Authorization", token);
    }

    private static void forbidden(ValidatableResponse response, String message) {
        response.statusCode(403).contentType(ContentType.JSON).body("status", equalTo(403))
                .body("message", containsString(message));
    }

    private static String queueSize(String taskType) {
        return as(TestAuth.token(Role.OPERATOR)).queryParam("taskType", taskType).get("/api/tasks/queue/size").then()
                .statusCode(200).extract().asString();
    }

    private static Map<String, Object> completion(Task task) {
        return Map.of("workflowInstanceId", task.getWorkflowInstanceId(), "taskId", task.getTaskId(),
                "status", "COMPLETED", "outputData", Map.of("done", true));
    }

    @Test
    void shouldLetAWorkerReachOnlyTasksOfItsGrantedTypes() {
        String granted = unique("granted");
        String other = unique("other");
        TaskDispatches dispatches = new TaskDispatches(KafkaProbe.shared(bootstrapServers));
        Task mine = dispatches.dispatch(granted, null);
        Task theirs = dispatches.dispatch(other, null);
        Awaitility.await().atMost(WAIT).until(() -> queueSize(granted).equals("1") && queueSize(other).equals("1"));
        String worker = TestAuth.token(Role.WORKER, granted);

        forbidden(as(worker).get("/api/tasks/poll/" + other).then(), "task type " + other);
        forbidden(as(worker).queryParam("timeout", 0).get("/api/tasks/poll/batch/" + other).then(),
                "task type " + other);
        forbidden(as(worker).contentType(ContentType.JSON).body(completion(theirs)).post("/api/tasks").then(),
                "task type " + other);
        forbidden(as(worker).contentType(ContentType.TEXT).body("not mine").post("/api/tasks/" + theirs.getTaskId()
                + "/log").then(), "task type " + other);
        forbidden(as(worker).queryParam("taskType", granted).get("/api/tasks/queue/polldata").then(),
                "RUN_WORKFLOWS");
        forbidden(as(TestAuth.token(Role.OPERATOR)).get("/api/tasks/poll/" + granted).then(), "WORK_TASKS");
        as(TestAuth.token(Role.OPERATOR)).get("/api/tasks/" + theirs.getTaskId() + "/log").then().statusCode(204);
        given().get("/api/tasks/poll/" + granted).then().statusCode(401).body("status", equalTo(401));
        // Still queued, untouched by any of the above.
        Awaitility.await().atMost(WAIT).until(() -> queueSize(other).equals("1") && queueSize(granted).equals("1"));

        as(worker).queryParam("workerid", "w1").get("/api/tasks/poll/" + granted).then().statusCode(200)
                .body("taskId", equalTo(mine.getTaskId()));
        as(worker).contentType(ContentType.TEXT).body("working").post("/api/tasks/" + mine.getTaskId() + "/log")
                .then().statusCode(200);
        as(worker).contentType(ContentType.JSON).body(completion(mine)).post("/api/tasks").then().statusCode(200)
                .body(equalTo(mine.getTaskId()));

        as(TestAuth.token(Role.ADMIN)).queryParam("workerid", "a1").get("/api/tasks/poll/" + other).then()
                .statusCode(200).body("taskId", equalTo(theirs.getTaskId()));
    }

    @Test
    void shouldCheckATaskOnNoQueueAgainstTheDecidersTaskType() {
        // given: a finished task whose queue row is gone (pruned), known only to the decider
        String granted = unique("finished");
        Task finished = DeciderTaskTable.inProgress(pool, UUID.randomUUID().toString(), granted, "finished_ref", 0);
        DeciderTaskTable.setStatus(pool, finished, TaskStatus.COMPLETED);

        forbidden(as(TestAuth.token(Role.WORKER, unique("other"))).contentType(ContentType.JSON)
                .body(completion(finished)).post("/api/tasks").then(), "task type " + granted);
        as(TestAuth.token(Role.WORKER, granted)).contentType(ContentType.JSON).body(completion(finished))
                .post("/api/tasks").then().statusCode(200).body(equalTo(finished.getTaskId()));
    }
}
