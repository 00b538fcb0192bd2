package io.baton.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each service's image, as Jib wrote it: on Baton's base image, run as user 185, its port exposed, container JVM flags. */
class ImageConfigTest {
    private static final Path ROOT = Path.of("../..");

    @ParameterizedTest
    @ValueSource(strings = {"workflow-api", "task-queue", "decider", "event-handlers"})
    void theImageRunsTheServiceAsANonRootUserOnItsPort(String service) throws IOException {
        ImageTar image = ImageTar.read(ROOT.resolve("services/" + service + "/target/jib-image.tar"));
        JsonNode config = image.config().path("config");

        assertEquals("185", config.path("User").asText());
        assertTrue(config.path("ExposedPorts").has(httpPort(service) + "/tcp"), config.path("ExposedPorts").toString());
        List<String> entrypoint = config.path("Entrypoint").valueStream().map(JsonNode::asText).toList();
        assertEquals("java", entrypoint.getFirst());
        assertTrue(entrypoint.contains("-XX:MaxRAMPercentage=75") && entrypoint.contains("-XX:+ExitOnOutOfMemoryError"),
                entrypoint.toString());
        assertEquals(List.of("-jar", "quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
        assertEquals("/app", config.path("WorkingDir").asText());
        assertEquals("baton/baton-" + service + ":0.1.0-SNAPSHOT", image.manifest().at("/RepoTags/0").asText());

        ImageTar base = ImageTar.read(ROOT.resolve("deploy/images/target/base-image.tar"));
        assertEquals(base.config().at("/rootfs/diff_ids/0"), image.config().at("/rootfs/diff_ids/0"),
                "the first layer is the base image's");
    }

    private static int httpPort(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve("services/" + service + "/src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }
}
