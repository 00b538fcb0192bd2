package io.baton.infra;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Kafka and PostgreSQL as containers on a Docker engine. Only loaded when Testcontainers is on the classpath. */
final class TestcontainersInfra {
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    private static final String POSTGRES_IMAGE = "postgres:16";

    private TestcontainersInfra() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static BatonInfra start() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "8")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName("postgres")
                .withUsername("postgres")
                .withPassword("postgres");
        kafka.start();
        postgres.start();
        return new BatonInfra(BatonInfra.Mode.TESTCONTAINERS, kafka.getBootstrapServers(), postgres.getHost(),
                postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT), postgres.getDatabaseName(),
                postgres.getUsername(), postgres.getPassword(), () -> {
                    kafka.stop();
                    postgres.stop();
                });
    }
}
