package io.baton.examples;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netflix.conductor.client.automator.TaskRunnerConfigurer;
import com.netflix.conductor.common.metadata.tasks.Task;
import com.netflix.conductor.common.metadata.tasks.TaskResult;
import com.netflix.conductor.common.metadata.workflow.StartWorkflowRequest;
import com.netflix.conductor.common.run.Workflow;
import com.netflix.conductor.common.run.Workflow.WorkflowStatus;
import io.baton.e2e.support.SharedCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each example run end to end on a real cluster (Kafka, PostgreSQL, the four services) with its SDK workers. */
class ExamplesTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static Conductor conductor;

    @BeforeAll
    static void connect() {
        conductor = Conductor.at(SharedCluster.get().frontDoorUrl() + "/api");
    }

    @Test
    void shouldShipAPaidOrderAndCompensateOneThatCannotBeShipped() {
        TaskRunnerConfigurer workers = registerAndRun(Example.ORDER);
        try (PaymentEvents payments = new PaymentEvents(SharedCluster.get().infrastructure().kafkaBootstrapServers())) {
            String shipped = start("example_order", order("o-1", "1 Main Street"));
            String undeliverable = start("example_order", order("o-2", OrderWorkers.UNDELIVERABLE));
            awaitTask(shipped, "payment_ref", Task.Status.IN_PROGRESS);
            awaitTask(undeliverable, "payment_ref", Task.Status.IN_PROGRESS);

            payments.paid(shipped, "pay-1", 42.5);
            payments.paid(undeliverable, "pay-2", 42.5);

            Workflow done = awaitStatus(shipped, WorkflowStatus.COMPLETED);
            assertEquals(Map.of("orderId", "o-1", "reservationId", "res-o-1", "paymentId", "pay-1",
                    "trackingNumber", "trk-o-1"), done.getOutput());
            Workflow failed = awaitStatus(undeliverable, WorkflowStatus.FAILED);
            assertEquals("Task " + failed.getTaskByRefName("ship_ref").getTaskId() + " failed with status: "
                    + "FAILED_WITH_TERMINAL_ERROR and reason: 'no carrier delivers to " + OrderWorkers.UNDELIVERABLE + "'",
                    failed.getReasonForIncompletion());
            Map<String, Object> payment = failed.getTaskByRefName("payment_ref").getOutputData();
            assertEquals("pay-2", payment.get("paymentId"));
            assertEquals("kafka:" + PaymentEvents.TOPIC, payment.get("conductor.event.name"), "completed by the event");
            String compensation = (String) failed.getOutput().get("conductor.failure_workflow");
            Workflow compensated = awaitStatus(compensation, WorkflowStatus.COMPLETED);
            assertEquals("example_order_compensation", compensated.getWorkflowName());
            assertEquals(Map.of("orderId", "o-2", "failedWorkflowId", undeliverable,
                    "reason", failed.getReasonForIncompletion(), "refundId", "ref-o-2",
                    "released", true), compensated.getOutput());
        } finally {
            workers.shutdown();
        }
    }

    @Test
    void shouldProcessEveryFileInParallelAndLoadTheTotalAfterARetry() {
        TaskRunnerConfigurer workers = registerAndRun(Example.PIPELINE);
        try {
            List<String> files = List.of("orders.csv", "customers.csv", "returns.csv");
            String loaded = start("example_pipeline", Map.of("files", files));
            String corrupt = start("example_pipeline", Map.of("files", List.of("orders.csv", "corrupt.csv")));

            Workflow done = awaitStatus(loaded, WorkflowStatus.COMPLETED);
            int rows = files.stream().mapToInt(PipelineWorkers::rowsOf).sum();
            assertEquals(Map.of("rows", rows, "files", files.stream().sorted().toList(), "loadId", "load-" + loaded,
                    "loadAttempts", 2), done.getOutput());
            List<Task> loads = done.getTasks().stream()
                    .filter(task -> task.getReferenceTaskName().equals("load_ref")).toList();
            assertEquals(List.of(Task.Status.FAILED, Task.Status.COMPLETED), loads.stream().map(Task::getStatus).toList());
            assertEquals(3, done.getTasks().stream().filter(task -> task.getTaskType().equals("pipeline_process_file")).count());

            Workflow failed = awaitStatus(corrupt, WorkflowStatus.FAILED);
            assertTrue(failed.getReasonForIncompletion().endsWith("reason: 'cannot parse corrupt.csv'"),
                    failed.getReasonForIncompletion());
        } finally {
            workers.shutdown();
        }
    }

    @Test
    void shouldDeployAnApprovedReleaseAndStopARejectedOne() {
        TaskRunnerConfigurer workers = registerAndRun(Example.CICD);
        try {
            String approved = start("example_cicd", Map.of("repo", "baton", "commit", "a1"));
            String rejected = start("example_cicd", Map.of("repo", "baton", "commit", "b2"));
            awaitTask(approved, "approval_ref", Task.Status.IN_PROGRESS);
            awaitTask(rejected, "approval_ref", Task.Status.IN_PROGRESS);

            conductor.tasks().updateTask(approved, "approval_ref", TaskResult.Status.COMPLETED,
                    Map.of("decision", "approve", "approver", "lead"));
            conductor.tasks().updateTask(rejected, "approval_ref", TaskResult.Status.COMPLETED,
                    Map.of("decision", "reject", "approver", "lead"));

            assertEquals(Map.of("artifact", "baton:a1", "decision", "approve", "deployedTo", "production"),
                    awaitStatus(approved, WorkflowStatus.COMPLETED).getOutput());
            Workflow stopped = awaitStatus(rejected, WorkflowStatus.FAILED);
            assertEquals("the release was not approved", stopped.getReasonForIncompletion());
            assertEquals(Task.Status.COMPLETED, stopped.getTaskByRefName("rejected_ref").getStatus());
        } finally {
            workers.shutdown();
        }
    }

    private static TaskRunnerConfigurer registerAndRun(Example example) {
        Definitions.register(example, conductor);
        return conductor.startWorkers(example);
    }

    private static Map<String, Object> order(String orderId, String address) {
        return Map.of("orderId", orderId, "amount", 42.5, "items", List.of("book"), "address", address);
    }

    private static String start(String workflow, Map<String, Object> input) {
        StartWorkflowRequest request = new StartWorkflowRequest();
        request.setName(workflow);
        request.setInput(input);
        request.setCorrelationId("examples-" + UUID.randomUUID());
        return conductor.workflows().startWorkflow(request);
    }

    private static Workflow awaitStatus(String workflowId, WorkflowStatus status) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> conductor.workflows().getWorkflow(workflowId, true),
                workflow -> workflow.getStatus() == status);
    }

    private static void awaitTask(String workflowId, String reference, Task.Status status) {
        await().atMost(WAIT).until(() -> conductor.workflows().getWorkflow(workflowId, true).getTaskByRefName(reference),
                task -> task != null && task.getStatus() == status);
    }
}
