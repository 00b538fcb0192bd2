package io.baton.bench.cluster;

import io.baton.bench.cluster.BatonApi.PollResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issue 4's poll latency: a worker waits in a long poll, a workflow is started, and the task reaches the worker. Two
 * numbers per run: from the task's scheduledTime (the decider's clock, the same machine) to its receipt, and from
 * sending the start request to the receipt.
 */
final class PollLatency {
    private final BatonApi api;

    PollLatency(BatonApi api) {
        this.api = api;
    }

    List<Samples> run(int warmUp, int runs) throws InterruptedException {
        SingleTaskWorkflow workflow = SingleTaskWorkflow.register(api, "bench_poll");
        WaitingWorker worker = new WaitingWorker(api);
        Samples scheduledToReceived = new Samples("poll: task scheduledTime -> received");
        Samples startToReceived = new Samples("poll: start request sent -> task received");
        for (int i = 0; i < warmUp + runs; i++) {
            AtomicLong sentNanos = new AtomicLong();
            AtomicReference<String> workflowId = new AtomicReference<>();
            PollResponse received = worker.receiveAfter(workflow.taskType(), () -> {
                sentNanos.set(System.nanoTime());
                workflowId.set(workflow.start(api));
            });
            String receivedFor = received.task().path("workflowInstanceId").asText();
            if (!receivedFor.equals(workflowId.get())) {
                throw new IllegalStateException("started " + workflowId + " but received a task of " + receivedFor);
            }
            if (i >= warmUp) {
                scheduledToReceived.addMillis(received.receivedEpochMillis() - received.task().path("scheduledTime").asLong());
                startToReceived.addNanos(received.receivedNanos() - sentNanos.get());
            }
        }
        return List.of(scheduledToReceived, startToReceived);
    }
}
