package io.baton.bench.sidebyside;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.bench.cluster.BatonApi;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** How a run of a workload begins, and how its workflow is found afterwards by the handle the start gave. */
interface Starter extends AutoCloseable {
    Set<String> TERMINAL = Set.of("COMPLETED", "FAILED", "FAILED_WITH_TERMINAL_ERROR", "TERMINATED", "TIMED_OUT");

    /** Begins the run with input k and returns its handle. */
    String start(int k);

    /** The run's workflow (without tasks) once it exists. */
    Optional<JsonNode> find(String handle);

    /** Ends a run that did not finish in time, so it does not load the next step. */
    void abandon(String handle);

    @Override
    default void close() {
    }

    static boolean ended(JsonNode workflow) {
        return TERMINAL.contains(workflow.path("status").asText());
    }

    /** {@code POST /workflow/{name}}: the handle is the workflow id. */
    static Starter api(BatonApi api, String workflowName, Workload workload) {
        return new Starter() {
            @Override
            public String start(int k) {
                return api.post("/workflow/" + workflowName, workload.input(k));
            }

            @Override
            public Optional<JsonNode> find(String id) {
                return Optional.of(api.get("/workflow/" + id + "?includeTasks=false"));
            }

            @Override
            public void abandon(String id) {
                api.delete("/workflow/" + id + "?reason=benchmark%20step%20ended");
            }
        };
    }

    /**
     * A Kafka message on the handler's topic ({@code {"n": k, "run": handle}}, acks=all): the handle is the correlation
     * id the handler gives the workflow it starts.
     */
    static Starter event(BatonApi api, String workflowName, String kafka, String topic) {
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
        return new Starter() {
            @Override
            public String start(int k) {
                String run = UUID.randomUUID().toString();
                try {
                    producer.send(new ProducerRecord<>(topic, run, "{\"n\": " + k + ", \"run\": \"" + run + "\"}"))
                            .get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("could not publish to " + topic, e.getCause());
                }
                return run;
            }

            @Override
            public Optional<JsonNode> find(String run) {
                JsonNode found = api.get("/workflow/" + workflowName + "/correlated/" + run
                        + "?includeClosed=true&includeTasks=false");
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }

            @Override
            public void abandon(String run) {
                find(run).filter(w -> !ended(w)).ifPresent(w ->
                        api.delete("/workflow/" + w.path("workflowId").asText() + "?reason=benchmark%20step%20ended"));
            }

            @Override
            public void close() {
                producer.close();
            }
        };
    }
}
