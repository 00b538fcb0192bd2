package io.baton.examples;

import com.netflix.conductor.client.automator.TaskRunnerConfigurer;
import com.netflix.conductor.client.http.ConductorClient;
import com.netflix.conductor.client.http.EventClient;
import com.netflix.conductor.client.http.MetadataClient;
import com.netflix.conductor.client.http.TaskClient;
import com.netflix.conductor.client.http.WorkflowClient;

/** Conductor's Java SDK clients, pointed at Baton by the base path alone, as any Conductor user configures them. */
public record Conductor(MetadataClient metadata, WorkflowClient workflows, TaskClient tasks, EventClient events) {

    public static Conductor at(String apiUrl) {
        ConductorClient client = ConductorClient.builder().basePath(apiUrl).build();
        return new Conductor(new MetadataClient(client), new WorkflowClient(client), new TaskClient(client),
                new EventClient(client));
    }

    /** Polls for the example's task types until shut down. */
    public TaskRunnerConfigurer startWorkers(Example example) {
        TaskRunnerConfigurer runner = new TaskRunnerConfigurer.Builder(tasks, example.workers())
                .withThreadCount(4).withTaskPollTimeout(200).build();
        runner.init();
        return runner;
    }
}
