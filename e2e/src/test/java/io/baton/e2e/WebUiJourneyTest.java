package io.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The web UI as a person uses it, in headless Chromium driven by Playwright ({@code ui/e2e/journey.mjs}): a failed
 * execution found by search shows its failed node red, a confirmed retry and a worker turn it green; axe-core finds no
 * serious accessibility violation on the main pages. Screenshots land in {@code target/ui-screenshots}.
 */
class WebUiJourneyTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path JOURNEY = Path.of("../ui/e2e/journey.mjs").toAbsolutePath().normalize();

    @Test
    void retriesAFailedExecutionFromTheBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium): the UI journey is skipped");
        String frontDoor = SharedCluster.useFrontDoor().frontDoorUrl();
        Path log = Path.of("target/ui-journey.log").toAbsolutePath();
        Process node = new ProcessBuilder("node", JOURNEY.toString(), frontDoor,
                Path.of("target/ui-screenshots").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!node.waitFor(4, TimeUnit.MINUTES)) {
            node.destroyForcibly();
        }
        assertEquals(0, node.exitValue(), () -> "the UI journey failed:\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
