package io.baton.examples;

import com.netflix.conductor.client.worker.Worker;
import java.util.List;
import java.util.Map;

/** The CI/CD example's workers: build, test and deploy (the approval is a person's, through the API or the UI). */
final class CicdWorkers {
    /** A commit whose tests fail. */
    static final String BROKEN = "broken";

    private CicdWorkers() {
    }

    static List<Worker> all() {
        return List.of(
                Worker.create("cicd_build", task -> Results.completed(task,
                        Map.of("artifact", task.getInputData().get("repo") + ":" + task.getInputData().get("commit")))),
                Worker.create("cicd_test", task -> {
                    if (BROKEN.equals(task.getInputData().get("commit"))) {
                        return Results.failedForGood(task, "3 tests failed in commit " + BROKEN);
                    }
                    return Results.completed(task, Map.of("passed", true));
                }),
                Worker.create("cicd_deploy", task -> Results.completed(task, Map.of("environment", "production"))));
    }
}
