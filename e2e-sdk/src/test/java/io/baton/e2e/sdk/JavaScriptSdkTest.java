package io.baton.e2e.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.e2e.support.SharedCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Conductor's official JavaScript SDK, unchanged, through the basic flow of {@code src/test/javascript/basic-flow.mjs},
 * run with the machine's Node against the shared cluster. The build has installed the SDK in {@code target/javascript}.
 */
class JavaScriptSdkTest {
    private static final Path SCRIPT_DIR = Path.of("target", "javascript");

    @Test
    void shouldRunTheBasicFlowThroughTheJavaScriptSdk() throws IOException, InterruptedException {
        Path output = Files.createTempFile("baton-js-sdk", ".log");
        ProcessBuilder script = new ProcessBuilder("node", "basic-flow.mjs")
                .directory(SCRIPT_DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        script.environment().put("CONDUCTOR_SERVER_URL", SharedCluster.get().frontDoorUrl() + "/api");
        Process node = script.start();
        boolean ended = node.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            node.destroyForcibly();
        }
        String log = Files.readString(output);
        assertTrue(ended, "the script did not end within 3 minutes:\n" + log);
        assertEquals(0, node.exitValue(), log);
        assertTrue(log.contains("JavaScript SDK basic flow passed"), log);
    }
}
