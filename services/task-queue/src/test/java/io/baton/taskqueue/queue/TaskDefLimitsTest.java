package io.baton.taskqueue.queue;

import static io.baton.taskqueue.TaskDispatches.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.baton.model.task.Task;
import io.baton.model.task.TaskDef;
import io.baton.model.workflow.WorkflowTask;
import io.baton.taskqueue.TaskDispatches;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A task definition's concurrentExecLimit and rate limit, held against polls that race each other. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class TaskDefLimitsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int POLLERS = 8;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Test
    void shouldNeverHaveMoreTasksOfADefinitionInProgressThanItsConcurrentExecLimit() {
        String taskType = unique("concurrent");
        List<Task> tasks = dispatchQueued(taskType, 6, definition -> definition.setConcurrentExecLimit(2));

        List<String> taken = pollAllAtOnce(taskType);
        assertEquals(2, taken.size(), "taken: " + taken);
        assertEquals(2, Set.copyOf(taken).size());
        batchPoll(taskType).then().body("$", hasSize(0));

        // One finishes: room for exactly one more.
        Task finished = tasks.stream().filter(task -> task.getTaskId().equals(taken.getFirst())).findFirst().orElseThrow();
        given().contentType("application/json").body(Map.of("workflowInstanceId", finished.getWorkflowInstanceId(),
                "taskId", finished.getTaskId(), "status", "COMPLETED")).post("/api/tasks").then().statusCode(200);
        assertEquals(1, pollAllAtOnce(taskType).size());
    }

    @Test
    void shouldHandOutNoMoreThanTheRateLimitPerWindow() {
        String taskType = unique("rated");
        // A window of an hour: the test cannot run into the next one by itself.
        dispatchQueued(taskType, 5, definition -> {
            definition.setRateLimitPerFrequency(2);
            definition.setRateLimitFrequencyInSeconds(3_600);
        });

        assertEquals(2, pollAllAtOnce(taskType).size());
        batchPoll(taskType).then().body("$", hasSize(0));

        // The hour is over: the next window hands out two more.
        pool.preparedQuery("UPDATE task_queue.task_def_limit SET window_start = window_start - 3600000 "
                + "WHERE task_def_name = $1").execute(Tuple.of(taskType)).await().atMost(WAIT);
        assertEquals(2, pollAllAtOnce(taskType).size());
        batchPoll(taskType).then().body("$", hasSize(0));
    }

    @Test
    void shouldLeaveTasksOfADefinitionWithoutLimitsUnlimited() {
        String taskType = unique("unlimited");
        dispatchQueued(taskType, 4, definition -> { });

        assertEquals(4, pollAllAtOnce(taskType).size());
    }

    /** Dispatches tasks whose definition the decider found with the given limits, and waits until all are queued. */
    private List<Task> dispatchQueued(String taskType, int count, Consumer<TaskDef> limits) {
        TaskDef definition = new TaskDef();
        definition.setName(taskType);
        limits.accept(definition);
        TaskDispatches dispatches = new TaskDispatches(KafkaProbe.shared(bootstrapServers));
        List<Task> tasks = IntStream.range(0, count).mapToObj(i -> {
            Task task = TaskDispatches.workerTask(taskType);
            WorkflowTask node = new WorkflowTask();
            node.setName(taskType);
            node.setTaskReferenceName(taskType + "_ref");
            node.setTaskDefinition(definition);
            task.setWorkflowTask(node);
            // As the decider's TaskFactory copies them from the definition.
            task.setRateLimitPerFrequency(definition.getRateLimitPerFrequency() == null ? 0 : definition.getRateLimitPerFrequency());
            task.setRateLimitFrequencyInSeconds(definition.getRateLimitFrequencyInSeconds() == null ? 0
                    : definition.getRateLimitFrequencyInSeconds());
            dispatches.offer(task);
            return task;
        }).toList();
        Awaitility.await().atMost(WAIT).until(() -> given().queryParam("taskType", taskType)
                .get("/api/tasks/queue/size").then().extract().asString().equals(String.valueOf(count)));
        return tasks;
    }

    /** Every poller asks for all it can get at the same moment; the ids of the tasks they got together. */
    private static List<String> pollAllAtOnce(String taskType) {
        ExecutorService pollers = Executors.newFixedThreadPool(POLLERS);
        try {
            List<CompletableFuture<List<String>>> polls = IntStream.range(0, POLLERS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> batchPoll(taskType).then().statusCode(200)
                            .extract().jsonPath().getList("taskId", String.class), pollers))
                    .toList();
            return polls.stream().flatMap(poll -> poll.join().stream()).toList();
        } finally {
            pollers.shutdown();
        }
    }

    private static Response batchPoll(String taskType) {
        return given().queryParam("workerid", "w" + Thread.currentThread().threadId()).queryParam("count", 10)
                .queryParam("timeout", 0).get("/api/tasks/poll/batch/" + taskType);
    }
}
