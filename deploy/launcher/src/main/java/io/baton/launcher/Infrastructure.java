package io.baton.launcher;

import io.baton.infra.EmbeddedPostgres;
import io.baton.infra.ServiceSettings;
import java.util.Map;

/**
 * Where the services find Kafka and PostgreSQL, and whether the launcher runs them itself ({@code embedded*}) or
 * they are given from outside through {@code KAFKA_BOOTSTRAP_SERVERS} and {@code BATON_DB_HOST/PORT/NAME/USER/PASSWORD}.
 */
public record Infrastructure(String kafkaBootstrapServers, boolean embeddedKafka,
                             String dbHost, int dbPort, String dbName, String dbUser, String dbPassword,
                             boolean embeddedPostgres) {

    /** Kafka and PostgreSQL started by the launcher on the given ports. */
    public static Infrastructure embedded(Ports ports) {
        return new Infrastructure("localhost:" + ports.kafka(), true, "localhost", ports.postgres(),
                EmbeddedPostgres.DATABASE, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD, true);
    }

    /** External Kafka and/or PostgreSQL where the environment names them, embedded ones otherwise. */
    public static Infrastructure fromEnvironment(Map<String, String> environment, Ports ports) {
        Infrastructure embedded = embedded(ports);
        String kafka = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        boolean externalKafka = kafka != null && !kafka.isBlank();
        String dbHost = environment.get("BATON_DB_HOST");
        boolean externalDb = dbHost != null && !dbHost.isBlank();
        return new Infrastructure(
                externalKafka ? kafka : embedded.kafkaBootstrapServers, !externalKafka,
                externalDb ? dbHost : embedded.dbHost,
                externalDb ? Integer.parseInt(environment.getOrDefault("BATON_DB_PORT", "5432")) : embedded.dbPort,
                externalDb ? environment.getOrDefault("BATON_DB_NAME", embedded.dbName) : embedded.dbName,
                externalDb ? environment.getOrDefault("BATON_DB_USER", embedded.dbUser) : embedded.dbUser,
                externalDb ? environment.getOrDefault("BATON_DB_PASSWORD", embedded.dbPassword) : embedded.dbPassword,
                !externalDb);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + dbName;
    }

    /** The environment every service reads to find Kafka and PostgreSQL. */
    public Map<String, String> serviceEnvironment() {
        return ServiceSettings.environment(
                ServiceSettings.config(kafkaBootstrapServers, dbHost, dbPort, dbName, dbUser, dbPassword));
    }
}
