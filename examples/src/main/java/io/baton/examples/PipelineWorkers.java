package io.baton.examples;

import com.netflix.conductor.client.worker.Worker;
import java.util.List;
import java.util.Map;

/** The data pipeline's workers: one parses a file, the other loads the totals into a warehouse that is often busy. */
final class PipelineWorkers {
    /** Files with this in their name cannot be parsed, so the pipeline fails. */
    static final String CORRUPT = "corrupt";
    /** The warehouse refuses the load this many times before taking it, to show the retries and their backoff. */
    static final int BUSY_ATTEMPTS = 1;

    private PipelineWorkers() {
    }

    /** A stand-in for parsing: the row count is derived from the name, so a test knows what to expect. */
    static int rowsOf(String file) {
        return file.length() * 100;
    }

    static List<Worker> all() {
        return List.of(
                Worker.create("pipeline_process_file", task -> {
                    String file = String.valueOf(task.getInputData().get("file"));
                    if (file.contains(CORRUPT)) {
                        return Results.failedForGood(task, "cannot parse " + file);
                    }
                    return Results.completed(task, Map.of("file", file, "rows", rowsOf(file)));
                }),
                Worker.create("pipeline_load_warehouse", task -> {
                    if (task.getRetryCount() < BUSY_ATTEMPTS) {
                        return Results.failed(task, "warehouse busy, try again later");
                    }
                    return Results.completed(task, Map.of("loadId", "load-" + task.getWorkflowInstanceId(),
                            "attempts", task.getRetryCount() + 1));
                }));
    }
}
