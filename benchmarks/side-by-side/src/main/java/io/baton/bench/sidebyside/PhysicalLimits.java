package io.baton.bench.sidebyside;

import io.baton.bench.cluster.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the hardware allows on the same PostgreSQL and Kafka broker, measured beside the systems: single-row
 * insert+update transactions per second (pgbench when it is installed, else the same transaction in a JDBC loop), and
 * a Kafka producer (acks=all) to consumer round trip, one at a time for latency and pipelined for rate.
 */
final class PhysicalLimits {
    private static final int CLIENTS = 4;
    private static final int KAFKA_ROUND_TRIPS = 300;
    private static final int KAFKA_PIPELINED = 20_000;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    record Result(String postgresTool, double postgresTransactionsPerSecond, double postgresLatencyMs,
                  double kafkaRoundTripP50Ms, double kafkaRoundTripP99Ms, double kafkaMessagesPerSecond) {
        String describe() {
            return String.format(java.util.Locale.ROOT, "PostgreSQL (%s, %d clients, BEGIN; INSERT one row; UPDATE it;"
                    + " COMMIT): %.0f tx/s, %.1f ms avg%nKafka (acks=all, same broker): round trip p50 %.1f ms, p99"
                    + " %.1f ms; pipelined %.0f messages/s produced and consumed", postgresTool, CLIENTS,
                    postgresTransactionsPerSecond, postgresLatencyMs, kafkaRoundTripP50Ms, kafkaRoundTripP99Ms,
                    kafkaMessagesPerSecond);
        }

        /** Rows pgbench wrote per second: two a transaction, the insert and the update. */
        double postgresRowsPerSecond() {
            return 2 * postgresTransactionsPerSecond;
        }
    }

    static Result measure(Database db, String kafka, Duration duration) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_rows (id bigint PRIMARY KEY, v bigint NOT NULL)");
        }
        double[] postgres = pgbenchOnPath() ? pgbench(db, duration) : jdbcLoop(db, duration);
        Samples roundTrips = new Samples("kafka");
        double kafkaRate = kafka(kafka, roundTrips);
        return new Result(pgbenchOnPath() ? "pgbench" : "JDBC loop", postgres[0], postgres[1],
                roundTrips.percentile(50), roundTrips.percentile(99), kafkaRate);
    }

    private static boolean pgbenchOnPath() {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pgbench")));
    }

    private static double[] pgbench(Database db, Duration duration) throws IOException, InterruptedException {
        Path script = Files.createTempFile("bench-rows", ".sql");
        Files.writeString(script, """
                \\set id random(1, 2000000000)
                BEGIN;
                INSERT INTO bench_rows (id, v) VALUES (:id, 0) ON CONFLICT (id) DO NOTHING;
                UPDATE bench_rows SET v = v + 1 WHERE id = :id;
                COMMIT;
                """);
        ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-h", db.host(), "-p", Integer.toString(db.port()),
                "-U", db.user(), "-c", Integer.toString(CLIENTS), "-j", "2", "-T",
                Long.toString(duration.toSeconds()), "-f", script.toString(), db.name()).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", db.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Files.delete(script);
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("pgbench gave no tps:\n" + output);
        }
        return new double[] {Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1))};
    }

    private static double[] jdbcLoop(Database db, Duration duration) throws InterruptedException {
        AtomicLong transactions = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            threads.add(Thread.startVirtualThread(() -> {
                try (Connection connection = db.connect();
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO bench_rows (id, v) VALUES (?, 0) ON CONFLICT (id) DO NOTHING");
                     PreparedStatement update = connection.prepareStatement(
                             "UPDATE bench_rows SET v = v + 1 WHERE id = ?")) {
                    connection.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        long id = ThreadLocalRandom.current().nextLong(1, 2_000_000_000L);
                        insert.setLong(1, id);
                        insert.executeUpdate();
                        update.setLong(1, id);
                        update.executeUpdate();
                        connection.commit();
                        transactions.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double tps = transactions.get() / (double) duration.toSeconds();
        return new double[] {tps, CLIENTS * 1000.0 / tps};
    }

    /** Fills {@code roundTrips} one message at a time, then returns the pipelined messages per second. */
    private static double kafka(String bootstrap, Samples roundTrips) throws Exception {
        String topic = "bench_rtt_" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 1), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            String payload = "x".repeat(200);
            for (int i = 0; i < KAFKA_ROUND_TRIPS; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "k", payload));
                int received = 0;
                while (received == 0) {
                    received = consumer.poll(Duration.ofMillis(100)).count();
                }
                roundTrips.addNanos(System.nanoTime() - sent);
            }
            long began = System.nanoTime();
            for (int i = 0; i < KAFKA_PIPELINED; i++) {
                producer.send(new ProducerRecord<>(topic, "k", payload));
            }
            int received = 0;
            while (received < KAFKA_PIPELINED) {
                received += consumer.poll(Duration.ofMillis(100)).count();
            }
            return KAFKA_PIPELINED / ((System.nanoTime() - began) / 1e9);
        }
    }
}
