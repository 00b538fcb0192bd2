package io.baton.bench.cluster;

import java.util.UUID;

/** A workflow of one worker task, registered under fresh names so runs never see each other's tasks. */
record SingleTaskWorkflow(String name, String taskType) {

    static SingleTaskWorkflow register(BatonApi api, String prefix) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SingleTaskWorkflow workflow = new SingleTaskWorkflow(prefix + "_wf_" + suffix, prefix + "_task_" + suffix);
        api.post("/metadata/taskdefs", """
                [{"name": "%s", "retryCount": 0, "responseTimeoutSeconds": 600}]""".formatted(workflow.taskType));
        api.post("/metadata/workflow", """
                {"name": "%s", "version": 1, "ownerEmail": "bench@example.com",
                 "tasks": [{"name": "%s", "taskReferenceName": "only_ref"}]}""".formatted(workflow.name, workflow.taskType));
        return workflow;
    }

    /** Starts one instance and returns its id. */
    String start(BatonApi api) {
        return api.post("/workflow/" + name, "{}");
    }
}
