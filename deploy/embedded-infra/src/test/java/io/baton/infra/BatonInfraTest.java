package io.baton.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class BatonInfraTest {

    @Test
    void kafkaTakesARecordAndGivesItBack() throws Exception {
        String bootstrap = BatonInfra.shared().kafkaBootstrapServers();
        String topic = "infra-test-" + UUID.randomUUID();

        send(bootstrap, topic, "wf-1", "{\"hello\":1}");

        assertEquals(List.of("wf-1={\"hello\":1}"), readAll(bootstrap, topic, 1));
    }

    @Test
    void postgresAnswersSql() throws SQLException {
        BatonInfra infra = BatonInfra.shared();
        try (Connection connection = DriverManager.getConnection(infra.jdbcUrl(), infra.dbUser(), infra.dbPassword());
             ResultSet rows = connection.createStatement().executeQuery("select current_database(), 40 + 2")) {
            assertTrue(rows.next());
            assertEquals("postgres", rows.getString(1));
            assertEquals(42, rows.getInt(2));
        }
    }

    @Test
    void quarkusConfigNamesEveryAddress() {
        BatonInfra infra = BatonInfra.shared();
        Map<String, String> config = infra.quarkusConfig();
        assertEquals(infra.kafkaBootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(Integer.toString(infra.dbPort()), config.get("baton.db.port"));
        assertEquals(List.of("kafka.bootstrap.servers", "baton.db.host", "baton.db.port", "baton.db.name",
                "baton.db.user", "baton.db.password"), List.copyOf(config.keySet()));
    }

    static void send(String bootstrap, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Reads the topic from its start until {@code expected} records arrived or 30 s passed; returns key=value. */
    static List<String> readAll(String bootstrap, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "infra-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (seen.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(r.key() + "=" + r.value()));
            }
        }
        return seen;
    }
}
