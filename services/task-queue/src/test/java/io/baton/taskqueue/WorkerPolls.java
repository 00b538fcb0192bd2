package io.baton.taskqueue;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Polls as worker w1 does until a task of the type (in the domain, when given) is handed out. */
public final class WorkerPolls {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private WorkerPolls() {
    }

    public static Response untilAvailable(String taskType, String domain) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
            var request = given().queryParam("workerid", "w1");
            if (domain != null) {
                request = request.queryParam("domain", domain);
            }
            return request.get("/api/tasks/poll/" + taskType);
        }, response -> response.statusCode() == 200);
    }
}
