package io.baton.e2e.sdk;

import com.netflix.conductor.client.http.ConductorClient;
import com.netflix.conductor.client.http.EventClient;
import com.netflix.conductor.client.http.MetadataClient;
import com.netflix.conductor.client.http.TaskClient;
import com.netflix.conductor.client.http.WorkflowClient;
import io.baton.e2e.support.SharedCluster;

/** Conductor's Java SDK clients, configured as a user would: only the base path points them at Baton. */
record ConductorSdk(MetadataClient metadata, WorkflowClient workflows, TaskClient tasks, EventClient events) {

    static ConductorSdk forSharedCluster() {
        ConductorClient client = ConductorClient.builder().basePath(SharedCluster.get().frontDoorUrl() + "/api").build();
        return new ConductorSdk(new MetadataClient(client), new WorkflowClient(client), new TaskClient(client),
                new EventClient(client));
    }
}
