package io.baton.examples;

import com.netflix.conductor.client.worker.Worker;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A runnable use case: its definitions under {@code examples/<name>/} on the class path and its SDK workers. */
public enum Example {
    ORDER("order", "example_order", "order processing: inventory, a payment completed by a Kafka event, shipping; "
            + "a failure runs the compensation workflow (refund, release)", OrderWorkers::all),
    PIPELINE("pipeline", "example_pipeline", "data pipeline: a dynamic fork over files, jq transforms, a load retried "
            + "with exponential backoff", PipelineWorkers::all),
    CICD("cicd", "example_cicd", "CI/CD: build and test in parallel, a human approval, a SWITCH deploys or stops",
            CicdWorkers::all);

    private final String shortName;
    private final String workflowName;
    private final String description;
    private final Supplier<List<Worker>> workers;

    Example(String shortName, String workflowName, String description, Supplier<List<Worker>> workers) {
        this.shortName = shortName;
        this.workflowName = workflowName;
        this.description = description;
        this.workers = workers;
    }

    public static Optional<Example> named(String shortName) {
        return Arrays.stream(values()).filter(example -> example.shortName.equals(shortName)).findFirst();
    }

    public String shortName() {
        return shortName;
    }

    public String workflowName() {
        return workflowName;
    }

    public String description() {
        return description;
    }

    public List<Worker> workers() {
        return workers.get();
    }

    String resource(String file) {
        return "/examples/" + shortName + "/" + file;
    }
}
