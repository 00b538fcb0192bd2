package io.baton.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher keeps definitions and executions across down/up: both servers must start again on their old data. */
class RestartKeepsDataTest {

    @TempDir
    Path dir;

    @Test
    void postgresKeepsRowsAcrossARestart() throws Exception {
        int port = Processes.freePort();
        try (EmbeddedPostgres first = EmbeddedPostgres.start(dir.resolve("pg"), port, dir.resolve("pg.log"));
             Connection connection = DriverManager.getConnection(first.jdbcUrl(), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD)) {
            connection.createStatement().execute("create table kept(v text); insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgres.start(dir.resolve("pg"), port, dir.resolve("pg.log"));
             Connection connection = DriverManager.getConnection(second.jdbcUrl(), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
             ResultSet rows = connection.createStatement().executeQuery("select v from kept")) {
            assertTrue(rows.next());
            assertEquals("still here", rows.getString(1));
        }
        assertTrue(EmbeddedPostgres.postmaster(dir.resolve("pg")).isEmpty(), "the postmaster is gone after close");
    }

    @Test
    void kafkaKeepsRecordsAcrossARestart() throws Exception {
        int port = Processes.freePort();
        int controllerPort = Processes.freePort();
        try (EmbeddedKafka first = new EmbeddedKafka(dir.resolve("kafka"), port, controllerPort, dir.resolve("kafka.log"))
                .start(Duration.ofSeconds(90))) {
            BatonInfraTest.send(first.bootstrapServers(), "kept", "k", "v");
        }
        try (EmbeddedKafka second = new EmbeddedKafka(dir.resolve("kafka"), port, controllerPort, dir.resolve("kafka.log"))
                .start(Duration.ofSeconds(90))) {
            assertEquals(List.of("k=v"), BatonInfraTest.readAll(second.bootstrapServers(), "kept", 1));
        }
    }
}
