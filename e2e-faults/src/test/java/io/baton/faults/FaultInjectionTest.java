package io.baton.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault-injection run, small: about fifty workflows while the decider and then task-queue are killed with SIGKILL
 * and restarted. The full run (every process, at least 2,000 workflows and 12 kills) is started by hand; see README.md.
 */
class FaultInjectionTest {

    @Test
    void shouldLoseNothingAndDoNothingTwiceWhenTheDeciderAndTaskQueueAreKilled() {
        FaultInjection.Settings settings = new FaultInjection.Settings(50, 2, List.of("decider", "task-queue"),
                Duration.ofMillis(200), 40, Duration.ofSeconds(9), Duration.ofMinutes(2), 6L, ProcessKiller.Stop.KILL);
        Verdict verdict = FaultInjection.run(Path.of("..").toAbsolutePath().normalize(), settings, System.out::println);

        assertTrue(verdict.clean(), verdict.counts() + "\n" + String.join("\n", verdict.problems()));
        assertEquals(2, verdict.kills());
        assertTrue(verdict.started() >= 50, verdict.counts());
    }
}
