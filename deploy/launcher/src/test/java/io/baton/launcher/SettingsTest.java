package io.baton.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void portsDefaultToTheDocumentedOnesAndFollowTheEnvironment() {
        assertEquals(Ports.defaults(), Ports.fromEnvironment(Map.of()));
        Ports ports = Ports.fromEnvironment(Map.of("BATON_WORKFLOW_API_PORT", "9081", "BATON_KAFKA_PORT", "29092"));
        assertEquals(9081, ports.workflowApi());
        assertEquals(29092, ports.kafka());
        assertEquals(8082, ports.taskQueue());
    }

    @Test
    void infrastructureIsEmbeddedUnlessTheEnvironmentNamesIt() {
        Infrastructure embedded = Infrastructure.fromEnvironment(Map.of(), Ports.defaults());
        assertTrue(embedded.embeddedKafka());
        assertTrue(embedded.embeddedPostgres());
        assertEquals("localhost:19092", embedded.kafkaBootstrapServers());
        assertEquals("jdbc:postgresql://localhost:15432/postgres", embedded.jdbcUrl());

        Infrastructure external = Infrastructure.fromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "BATON_DB_HOST", "db", "BATON_DB_NAME", "baton", "BATON_DB_PASSWORD", "secret"), Ports.defaults());
        assertFalse(external.embeddedKafka());
        assertFalse(external.embeddedPostgres());
        assertEquals("jdbc:postgresql://db:5432/baton", external.jdbcUrl());
        assertEquals(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092", "BATON_DB_HOST", "db", "BATON_DB_PORT", "5432",
                "BATON_DB_NAME", "baton", "BATON_DB_USER", "postgres", "BATON_DB_PASSWORD", "secret"),
                external.serviceEnvironment());
    }
}
