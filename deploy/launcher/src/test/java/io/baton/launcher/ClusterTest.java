package io.baton.launcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.infra.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's process handling on real Kafka and PostgreSQL processes. The repository root here has no services
 * built, so {@code up} starts the infrastructure and then stops at the first missing service jar.
 */
class ClusterTest {

    @TempDir
    Path repoRoot;
    private Path state;
    private Cluster cluster;

    @BeforeEach
    void newCluster() {
        state = repoRoot.resolve(".baton");
        Ports ports = Ports.random();
        cluster = new Cluster(repoRoot, state, ports, Infrastructure.embedded(ports), false);
    }

    @AfterEach
    void stopCluster() {
        cluster.down(line -> { });
    }

    @Test
    void startsInfrastructureAsProcessesKeepsItsDataAndStopsEverything() throws Exception {
        IllegalStateException missingService = assertThrows(IllegalStateException.class, () -> cluster.up(line -> { }));
        assertTrue(missingService.getMessage().contains("quarkus-run.jar is missing"), missingService.getMessage());

        Map<String, OptionalLong> pids = pids(cluster);
        assertTrue(pids.get("postgres").isPresent(), "postgres runs");
        assertTrue(pids.get("kafka").isPresent(), "kafka runs");
        assertFalse(pids.get("workflow-api").isPresent());
        String jdbcUrl = cluster.infrastructure().jdbcUrl();
        sql(jdbcUrl, "create table kept(v text); insert into kept values ('across down and up')");

        List<String> secondUp = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> cluster.up(secondUp::add));
        assertEquals(List.of("  postgres        ready", "  kafka           ready"), secondUp,
                "a second up starts nothing that runs");
        assertEquals(pids.get("postgres"), pids(cluster).get("postgres"));

        cluster.down(line -> { });
        assertTrue(pids(cluster).values().stream().allMatch(OptionalLong::isEmpty), "nothing runs after down");
        assertTrue(ProcessHandle.of(pids.get("postgres").getAsLong()).isEmpty());
        assertTrue(EmbeddedPostgres.postmaster(state.resolve("postgres")).isEmpty(), "no PostgreSQL server left");
        assertTrue(ProcessHandle.of(pids.get("kafka").getAsLong()).isEmpty());

        assertThrows(IllegalStateException.class, () -> cluster.up(line -> { }));
        assertKept(jdbcUrl, "across down and up");
        assertTrue(Files.size(cluster.logFile("kafka")) > 0, "the broker writes its log");
    }

    @Test
    void upStartsPostgresAgainAfterItsServerWasKilled() throws Exception {
        assertThrows(IllegalStateException.class, () -> cluster.up(line -> { }));
        String jdbcUrl = cluster.infrastructure().jdbcUrl();
        sql(jdbcUrl, "create table kept(v text); insert into kept values ('across a crash')");
        ProcessHandle server = EmbeddedPostgres.postmaster(state.resolve("postgres")).orElseThrow();
        Stream.concat(Stream.of(server), server.descendants()).forEach(ProcessHandle::destroyForcibly);

        await().atMost(Duration.ofSeconds(30)).until(() -> pids(cluster).get("postgres").isEmpty());
        long kafka = pids(cluster).get("kafka").getAsLong();
        List<String> restart = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> cluster.up(restart::add));
        assertTrue(restart.getFirst().startsWith("  postgres        started"), restart.toString());
        assertEquals(kafka, pids(cluster).get("kafka").getAsLong(), "what still ran is left alone");
        assertKept(jdbcUrl, "across a crash");
    }

    private static Map<String, OptionalLong> pids(Cluster cluster) {
        Map<String, OptionalLong> pids = new java.util.HashMap<>();
        cluster.status().forEach(s -> pids.put(s.name(), s.pid()));
        return pids;
    }

    private static void assertKept(String jdbcUrl, String value) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             ResultSet rows = connection.createStatement().executeQuery("select v from kept")) {
            assertTrue(rows.next());
            assertEquals(value, rows.getString(1));
        }
    }

    private static void sql(String jdbcUrl, String statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            connection.createStatement().execute(statements);
        }
    }
}
