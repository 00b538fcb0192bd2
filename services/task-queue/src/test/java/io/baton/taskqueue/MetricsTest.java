package io.baton.taskqueue;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.BatonInfraResource;
import io.baton.infra.KafkaProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Prometheus (through k8s/base/servicemonitor.yaml) scrapes /q/metrics: polls and queues show there. */
@QuarkusTest
@QuarkusTestResource(value = BatonInfraResource.class, restrictToAnnotatedClass = false)
class MetricsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "baton.metrics.max-task-types")
    int maxTaskTypes;

    @Inject
    MeterRegistry registry;

    @Test
    void aPollIsCountedByItsRoute() {
        given().get("/api/tasks/poll/metrics_probe").then().statusCode(204);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"204\",uri=\"/api/tasks/poll/{tasktype}\"}"));
    }

    @Test
    void queueDepthAndAgeFollowTheTasksWaitingAndPollsAreTimedByTaskType() {
        String taskType = TaskDispatches.unique("metered");
        TaskDispatches dispatches = new TaskDispatches(KafkaProbe.shared(bootstrapServers));
        dispatches.dispatch(taskType, null);
        dispatches.dispatch(taskType, null);

        await().atMost(WAIT).until(() -> sample("baton_task_queue_depth", taskType) == 2.0
                && sample("baton_task_queue_oldest_age_seconds", taskType) > 0);

        given().get("/api/tasks/poll/" + taskType).then().statusCode(200);
        given().get("/api/tasks/poll/batch/" + taskType + "?timeout=1&count=5").then().statusCode(200);
        given().get("/api/tasks/poll/batch/" + taskType + "?timeout=1").then().statusCode(200);
        await().atMost(WAIT).until(() -> sample("baton_task_queue_depth", taskType) == 0.0
                && sample("baton_task_queue_oldest_age_seconds", taskType) == 0.0);
        assertEquals(2.0, sample("baton_task_poll_seconds_count", "result=\"task\",taskType=\"" + taskType + "\""));
        assertEquals(1.0, sample("baton_task_poll_seconds_count", "result=\"empty\",taskType=\"" + taskType + "\""));
        assertEquals(2.0, sample("baton_task_poll_seconds_bucket", "result=\"task\",taskType=\"" + taskType
                + "\",le=\"+Inf\""));
    }

    @Test
    void thePollTimerNamesABoundedNumberOfTaskTypes() {
        Set<String> named = new HashSet<>();
        for (int i = 0; i <= maxTaskTypes; i++) {
            named.add(Timer.builder("baton.task.poll").tag("taskType", TaskDispatches.unique("many"))
                    .tag("result", "empty").register(registry).getId().getTag("taskType"));
        }
        assertTrue(named.contains("other"), "no task type beyond the limit was counted as other");
    }

    /**
     * The value of one series: the metric with exactly these labels (a task type alone, or all of them); an exemplar
     * (the trace of a recent sample) may follow it.
     */
    private static double sample(String metric, String labels) {
        String selector = labels.contains("=") ? labels : "taskType=\"" + labels + "\"";
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(metric + "{" + selector + "}") + " (\\S+)( # .*)?$")
                .matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
    }
}
