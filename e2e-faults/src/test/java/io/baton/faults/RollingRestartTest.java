package io.baton.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rolling restart, small: under a load of workflows with SDK workers, the decider, task-queue and workflow-api are
 * each stopped with SIGTERM (which must end them gracefully) and started again, one at a time. The full run restarts
 * every service, more than once; see README.md.
 */
class RollingRestartTest {

    @Test
    void shouldLoseNothingAndDoNothingTwiceWhenEachServiceIsRestartedGracefully() {
        FaultInjection.Settings settings = new FaultInjection.Settings(40, 3,
                List.of("decider", "task-queue", "workflow-api"), Duration.ofMillis(200), 40, Duration.ofSeconds(6),
                Duration.ofMinutes(2), 11L, ProcessKiller.Stop.TERM);
        Verdict verdict = FaultInjection.run(Path.of("..").toAbsolutePath().normalize(), settings, System.out::println);

        assertTrue(verdict.clean(), verdict.counts() + "\n" + String.join("\n", verdict.problems()));
        assertEquals(3, verdict.kills());
        assertTrue(verdict.started() >= 40, verdict.counts());
    }
}
