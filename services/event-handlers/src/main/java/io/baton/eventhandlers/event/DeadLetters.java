package io.baton.eventhandlers.event;

import io.baton.eventhandlers.event.EventExecution.Status;
import io.baton.model.messaging.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends the messages handlers failed on to {@link Topics#EVENT_DEAD_LETTERS}, as they were received, with why in
 * the headers, as Conductor's Kafka queue sends a message it nacks to its DLQ topic. Blocking: returns once Kafka has
 * acknowledged every dead letter, so the caller may then commit the message.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Duration HANDOVER_WAIT = Duration.ofSeconds(30);

    @Inject
    @Channel("dead-letters")
    MutinyEmitter<String> kafka;

    /** One dead letter per FAILED execution, naming its handler and action. */
    public void sendFailures(ConsumerRecord<String, String> record, List<EventExecution> executions) {
        List<Uni<Void>> sends = executions.stream()
                .filter(execution -> execution.status() == Status.FAILED)
                .map(failed -> send(record, failed.reason(), failed.handlerName(), failed.action(),
                        failed.messageId(), failed.event()))
                .toList();
        if (!sends.isEmpty()) {
            Uni.join().all(sends).andFailFast().await().atMost(HANDOVER_WAIT);
        }
    }

    /** A record no handler could be given at all. */
    public void sendUnreadable(ConsumerRecord<String, String> record, String reason) {
        send(record, reason, null, null, null, null).await().atMost(HANDOVER_WAIT);
    }

    private Uni<Void> send(ConsumerRecord<String, String> record, String reason, String handler, String action,
                           String messageId, String event) {
        if (record.topic().equals(Topics.EVENT_DEAD_LETTERS)) {
            // A handler of the dead letters themselves would otherwise feed on its own failures.
            return Uni.createFrom().voidItem();
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        set(headers, Topics.DEAD_LETTER_REASON_HEADER, reason);
        set(headers, Topics.HANDLER_HEADER, handler);
        set(headers, Topics.ACTION_HEADER, action);
        set(headers, Topics.MESSAGE_ID_HEADER, messageId);
        set(headers, Topics.EVENT_NAME_HEADER, event);
        return kafka.sendMessage(Message.of(record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(headers).build()));
    }

    private static void set(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.remove(name);
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
