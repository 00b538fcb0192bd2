package io.baton.examples;

import com.netflix.conductor.client.automator.TaskRunnerConfigurer;
import com.netflix.conductor.common.metadata.workflow.StartWorkflowRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./baton demo NAME}: registers one example on the cluster of {@code ./baton up}, runs its workers in this
 * process, starts a few executions (one that fails, one waiting for a person or an event) and prints where to watch
 * them. BATON_URL (http://localhost:8080) and KAFKA_BOOTSTRAP_SERVERS (localhost:19092) point it elsewhere.
 */
public final class Demo {
    private final String baseUrl;
    private final Conductor conductor;

    private Demo(String baseUrl) {
        this.baseUrl = baseUrl;
        this.conductor = Conductor.at(baseUrl + "/api");
    }

    public static void main(String[] args) throws InterruptedException {
        Example example = args.length == 1 ? Example.named(args[0]).orElse(null) : null;
        if (example == null) {
            System.out.println((args.length == 0 ? "" : "No example " + String.join(" ", args) + ". ")
                    + "Usage: ./baton demo NAME, NAME one of:");
            for (Example each : Example.values()) {
                System.out.printf("  %-9s %s%n", each.shortName(), each.description());
            }
            System.exit(args.length == 0 ? 0 : 2);
        }
        Demo demo = new Demo(System.getenv().getOrDefault("BATON_URL", "http://localhost:8080"));
        Definitions.register(example, demo.conductor);
        TaskRunnerConfigurer workers = demo.conductor.startWorkers(example);
        System.out.println("Registered " + example.workflowName() + " and started its workers.");
        switch (example) {
            case ORDER -> demo.orders(System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:19092"));
            case PIPELINE -> demo.pipelines();
            case CICD -> demo.releases();
        }
        System.out.println("\nAll of them: " + demo.baseUrl + "/#/executions?type=" + example.workflowName());
        System.out.println("Workers keep running until Ctrl-C.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workers.shutdown();
            stopped.countDown();
        }));
        stopped.await();
    }

    private void orders(String kafka) {
        String shipped = start("example_order", order("o-1001", "1 Main Street"));
        String compensated = start("example_order", order("o-1002", OrderWorkers.UNDELIVERABLE));
        String waiting = start("example_order", order("o-1003", "7 Harbour Road"));
        try (PaymentEvents payments = new PaymentEvents(kafka)) {
            // The provider is asked to charge once the order reaches its payment step; an event for a step not yet
            // scheduled would find no task to complete.
            awaitPaymentStep(shipped);
            awaitPaymentStep(compensated);
            payments.paid(shipped, "pay-1001", 42.5);
            payments.paid(compensated, "pay-1002", 42.5);
        }
        show("completes: the payment event sent on Kafka topic " + PaymentEvents.TOPIC + " completed its WAIT", shipped);
        show("fails at shipping; its failure workflow example_order_compensation refunds and releases", compensated);
        show("waits for its payment; send the event with any Kafka client to " + kafka + ", topic "
                + PaymentEvents.TOPIC + ", value " + PaymentEvents.payload(waiting, "pay-1003", 42.5)
                + "\n    or complete the WAIT through the API:\n    curl -XPOST " + baseUrl + "/api/tasks/" + waiting
                + "/payment_ref/COMPLETED -H 'Content-Type: application/json' -d '{\"paymentId\":\"pay-1003\"}'", waiting);
    }

    private void awaitPaymentStep(String workflowId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (conductor.workflows().getWorkflow(workflowId, true).getTaskByRefName("payment_ref") == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("order " + workflowId + " did not reach its payment step in 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private void pipelines() {
        show("completes: three files in parallel; the load is retried once after a 1 s backoff",
                start("example_pipeline", Map.of("files", List.of("orders.csv", "customers.csv", "returns.csv"))));
        show("fails: one of its files cannot be parsed",
                start("example_pipeline", Map.of("files", List.of("orders.csv", "corrupt-export.csv"))));
    }

    private void releases() {
        String approved = start("example_cicd", Map.of("repo", "baton", "commit", "a1b2c3"));
        String rejected = start("example_cicd", Map.of("repo", "baton", "commit", "d4e5f6"));
        show("fails: its tests fail", start("example_cicd", Map.of("repo", "baton", "commit", CicdWorkers.BROKEN)));
        show("waits for approval; approve it:\n    " + approval(approved, "approve"), approved);
        show("waits for approval; reject it (the SWITCH's default case fails the run):\n    "
                + approval(rejected, "reject"), rejected);
    }

    private String approval(String workflowId, String decision) {
        return "curl -XPOST " + baseUrl + "/api/tasks/" + workflowId + "/approval_ref/COMPLETED"
                + " -H 'Content-Type: application/json' -d '{\"decision\":\"" + decision + "\",\"approver\":\"me\"}'";
    }

    private static Map<String, Object> order(String orderId, String address) {
        return Map.of("orderId", orderId, "amount", 42.5, "items", List.of("book", "lamp"), "address", address);
    }

    private String start(String workflow, Map<String, Object> input) {
        StartWorkflowRequest request = new StartWorkflowRequest();
        request.setName(workflow);
        request.setVersion(1);
        request.setInput(input);
        return conductor.workflows().startWorkflow(request);
    }

    private void show(String what, String workflowId) {
        System.out.println("\n" + baseUrl + "/#/executions/" + workflowId + "\n    " + what);
    }
}
