package io.baton.examples;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The payment provider's side of the order example: it announces a settled payment on Kafka, where the
 * {@code example_order_payments} event handler completes the order's WAIT task {@code payment_ref}.
 */
public final class PaymentEvents implements AutoCloseable {
    public static final String TOPIC = "baton-example-payments";
    private final KafkaProducer<String, String> producer;

    public PaymentEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    public static String payload(String workflowId, String paymentId, double amount) {
        return "{\"workflowId\": \"%s\", \"paymentId\": \"%s\", \"amount\": %s}".formatted(workflowId, paymentId, amount);
    }

    /** Sends the event and returns once Kafka has acknowledged it. */
    public void paid(String workflowId, String paymentId, double amount) {
        try {
            producer.send(new ProducerRecord<>(TOPIC, workflowId, payload(workflowId, paymentId, amount))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending the payment event", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the payment event", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
