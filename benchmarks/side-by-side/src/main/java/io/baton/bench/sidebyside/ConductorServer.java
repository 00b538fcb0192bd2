package io.baton.bench.sidebyside;

import io.baton.infra.Processes;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference Conductor server (the boot jar from Maven Central) on the benchmark's PostgreSQL, in a database of its
 * own: persistence, queues and indexing all on PostgreSQL, the Kafka event queue on the same broker. Its scheduler and
 * AI integrations are off, as the workloads use neither.
 */
final class ConductorServer implements AutoCloseable {
    private static final String GROUP = "org.conductoross";
    private static final String NAME = "conductor-server";
    private static final String VERSION = "3.32.3";
    /** The boot jar on Maven Central, and where Maven keeps it once fetched. */
    private static final String ARTIFACT = GROUP + ":" + NAME + ":" + VERSION + ":jar:boot";
    static final Path DEFAULT_JAR = Path.of(System.getProperty("user.home"), ".m2", "repository",
            GROUP.replace('.', '/'), NAME, VERSION, NAME + "-" + VERSION + "-boot.jar");
    static final String HEAP = "-Xmx1g";
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private ConductorServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Fetches the default jar from Maven Central when it is missing, and fails unless the jar is then there, so that a
     * run stops before it starts rather than after Baton's half.
     */
    static void ensurePresent(Path jar) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar) && jar.equals(DEFAULT_JAR)) {
            System.out.println("Fetching the reference Conductor server " + VERSION + " from Maven Central...");
            new ProcessBuilder("mvn", "-B", "-q", "dependency:get", "-Dtransitive=false", "-Dartifact=" + ARTIFACT)
                    .inheritIO().start().waitFor();
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: mvn dependency:get -Dtransitive=false -Dartifact="
                    + ARTIFACT);
        }
    }

    static ConductorServer start(Path jar, Database db, String kafka, Path log) throws IOException, InterruptedException {
        ensurePresent(jar);
        int port = Processes.freePort();
        List<String> command = new ArrayList<>(List.of(Processes.currentJava(), HEAP, "-jar", jar.toString(),
                "--server.port=" + port,
                "--conductor.db.type=postgres", "--conductor.queue.type=postgres",
                "--conductor.indexing.type=postgres", "--conductor.elasticsearch.version=0",
                "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--conductor.event-queues.kafka.enabled=true", "--conductor.event-queues.kafka.bootstrap-servers=" + kafka,
                "--conductor.scheduler.enabled=false", "--conductor.integrations.ai.enabled=false"));
        Process process = new ProcessBuilder(command).directory(log.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        ConductorServer server = new ConductorServer(process, port);
        try {
            server.awaitReady(log);
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    String apiUrl() {
        return "http://localhost:" + port + "/api";
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Conductor exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(apiUrl() + "/metadata/taskdefs")).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Conductor not ready within " + READY_WITHIN + "; see " + log);
    }

    @Override
    public void close() {
        Processes.terminate(process.toHandle(), Duration.ofSeconds(20));
    }
}
