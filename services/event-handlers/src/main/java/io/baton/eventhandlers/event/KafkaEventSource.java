package io.baton.eventhandlers.event;

import io.baton.eventhandlers.handler.EventHandlerStore;
import io.baton.model.messaging.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Consumes the topics of every active {@code kafka:<topic>} handler, and {@link Topics#CONDUCTOR_EVENTS} while a
 * {@code conductor:...} handler is active, on a thread of its own (the topic set changes at run time, which static
 * messaging channels cannot follow). The subscription is refreshed right after a handler is
 * written here and every few seconds for writes made through other instances. Records of one key are processed in
 * order, others concurrently. A record's offset is committed only after all its actions are handed over and recorded
 * and its failures are on the dead-letter topic; a record that could not be processed is read again.
 */
@ApplicationScoped
public class KafkaEventSource {
    public static final String EVENT_PREFIX = "kafka:";
    /** Conductor's own queues, which Baton carries on one topic, each message naming its queue. */
    static final String CONDUCTOR_EVENT_PREFIX = "conductor:";
    static final String GROUP_ID = "baton-event-handlers";
    private static final Logger LOG = Logger.getLogger(KafkaEventSource.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(10);
    private static final Duration DB_WAIT = Duration.ofSeconds(30);

    @Inject
    EventHandlerStore handlers;
    @Inject
    EventProcessor processor;
    @Inject
    DeadLetters deadLetters;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "baton.event-handlers.refresh-interval", defaultValue = "5s")
    Duration refreshInterval;
    /** Records processed at once: each waits on workflow-api, Kafka or PostgreSQL most of its time. */
    @ConfigProperty(name = "baton.event-handlers.concurrency", defaultValue = "16")
    int concurrency;

    private final BlockingQueue<Boolean> refreshRequested = new ArrayBlockingQueue<>(1);
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::consume, "kafka-event-source");
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUp();
        thread.join(STOP_WITHIN.toMillis());
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(STOP_WITHIN.toMillis());
        }
    }

    /** Re-reads the handlers and follows their topics; returns at once. */
    public void refresh() {
        refreshRequested.offer(Boolean.TRUE);
        wakeUp();
    }

    private void wakeUp() {
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void consume() {
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(config())) {
            consumer = kafka;
            Set<String> subscribed = Set.of();
            long nextRefresh = 0;
            while (running) {
                try {
                    if (refreshRequested.poll() != null || System.nanoTime() - nextRefresh >= 0) {
                        subscribed = follow(kafka, subscribed);
                        nextRefresh = System.nanoTime() + refreshInterval.toNanos();
                    }
                    if (subscribed.isEmpty()) {
                        // Nothing to poll: wait for a refresh request or the next periodic refresh.
                        if (refreshRequested.poll(refreshInterval.toMillis(), TimeUnit.MILLISECONDS) != null) {
                            nextRefresh = System.nanoTime();
                        }
                        continue;
                    }
                    handle(kafka, kafka.poll(POLL));
                } catch (WakeupException wakeUp) {
                    // A refresh or a shutdown: the loop looks at both.
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.errorf(e, "event consumer: %s; retrying", e.getMessage());
                    Thread.sleep(POLL.toMillis());
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            consumer = null;
        }
    }

    private Set<String> follow(KafkaConsumer<String, String> kafka, Set<String> subscribed) {
        Set<String> topics = new TreeSet<>();
        handlers.activeEvents().await().atMost(DB_WAIT).stream()
                .forEach(event -> {
                    if (event.startsWith(EVENT_PREFIX)) {
                        topics.add(event.substring(EVENT_PREFIX.length()));
                    } else if (event.startsWith(CONDUCTOR_EVENT_PREFIX)) {
                        topics.add(Topics.CONDUCTOR_EVENTS);
                    }
                });
        if (topics.equals(subscribed)) {
            return subscribed;
        }
        LOG.infof("event consumer follows topics %s", topics);
        if (topics.isEmpty()) {
            kafka.unsubscribe();
        } else {
            kafka.subscribe(List.copyOf(topics));
        }
        return topics;
    }

    /**
     * Processes a poll's records: those of one partition with the same key in order, the others concurrently, at most
     * {@code concurrency} at once (Conductor too handles an event queue's messages concurrently; a record without a key
     * orders with nothing). Then commits, per partition, the offsets before its first record that was not processed
     * (a failure to process or to dead-letter) and goes back to that record. The records after it of other keys are
     * read again too; their idempotency keys and execution ids make that harmless.
     */
    private void handle(KafkaConsumer<String, String> kafka, ConsumerRecords<String, String> records) {
        Map<TopicPartition, Long> firstNotProcessed = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(concurrency);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (TopicPartition partition : records.partitions()) {
                for (List<ConsumerRecord<String, String>> lane : lanes(records.records(partition))) {
                    threads.submit(() -> runInOrder(partition, lane, slots, firstNotProcessed));
                }
            }
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> polled = records.records(partition);
            Long notProcessed = firstNotProcessed.get(partition);
            long next = notProcessed == null ? polled.getLast().offset() + 1 : notProcessed;
            if (next > polled.getFirst().offset()) {
                offsets.put(partition, new OffsetAndMetadata(next));
            }
            if (notProcessed != null) {
                kafka.seek(partition, notProcessed);
            }
        }
        if (!offsets.isEmpty()) {
            commit(kafka, offsets);
        }
    }

    /** A partition's records in lanes to run in order: one lane per key, one per record without a key. */
    private static Collection<List<ConsumerRecord<String, String>>> lanes(List<ConsumerRecord<String, String>> records) {
        Map<Object, List<ConsumerRecord<String, String>>> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            byKey.computeIfAbsent(record.key() == null ? record : record.key(), key -> new ArrayList<>()).add(record);
        }
        return byKey.values();
    }

    /** Processes the lane's records in order, stopping at the first that fails: it and the rest are read again. */
    private void runInOrder(TopicPartition partition, List<ConsumerRecord<String, String>> lane, Semaphore slots,
                            Map<TopicPartition, Long> firstNotProcessed) {
        for (ConsumerRecord<String, String> record : lane) {
            try {
                slots.acquire();
                try {
                    process(record);
                } finally {
                    slots.release();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                firstNotProcessed.merge(partition, record.offset(), Math::min);
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "event %s/%d/%d not processed, reading it again", record.topic(), record.partition(), record.offset());
                firstNotProcessed.merge(partition, record.offset(), Math::min);
                return;
            }
        }
    }

    private void process(ConsumerRecord<String, String> record) throws InterruptedException {
        EventMessage message;
        try {
            message = EventMessage.of(record);
        } catch (EventMessage.UnreadableRecord e) {
            LOG.warnf("event %s/%d/%d is unreadable, dead-lettered: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            deadLetters.sendUnreadable(record, e.getMessage());
            return;
        }
        deadLetters.sendFailures(record, processor.process(message));
    }

    /** A wake-up must not lose a commit: a redelivered record is harmless, but needless. */
    private void commit(KafkaConsumer<String, String> kafka, Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            kafka.commitSync(offsets);
        } catch (WakeupException wakeUp) {
            kafka.commitSync(offsets);
            kafka.wakeup();
        }
    }

    private Properties config() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // Finds a handler's topic soon after it is first written to.
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
        return props;
    }
}
