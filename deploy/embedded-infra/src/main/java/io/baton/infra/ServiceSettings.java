package io.baton.infra;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The settings every Baton service reads to find Kafka and PostgreSQL, as configuration or as environment. */
public final class ServiceSettings {
    private ServiceSettings() {
    }

    /** As Quarkus configuration properties, e.g. {@code baton.db.host}. */
    public static Map<String, String> config(String kafkaBootstrapServers, String dbHost, int dbPort, String dbName,
                                             String dbUser, String dbPassword) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers);
        config.put("baton.db.host", dbHost);
        config.put("baton.db.port", Integer.toString(dbPort));
        config.put("baton.db.name", dbName);
        config.put("baton.db.user", dbUser);
        config.put("baton.db.password", dbPassword);
        return config;
    }

    /** The same settings as environment variables, named by MicroProfile Config's rule: {@code BATON_DB_HOST}. */
    public static Map<String, String> environment(Map<String, String> config) {
        Map<String, String> environment = new LinkedHashMap<>();
        config.forEach((key, value) ->
                environment.put(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT), value));
        return environment;
    }
}
