package io.baton.bench.sidebyside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic the report rests on: CPU ticks from /proc, the ladder's rule, the ratios. */
class ReportTest {

    @Test
    void shouldSumUserSystemAndReapedChildrenTicksEvenWhenTheCommandHasSpaces() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 150 30 7 3 20 0 40 0 5000 1000 100";

        assertEquals(150 + 30 + 7 + 3, ProcessCpu.ticks(stat));
    }

    @Test
    void shouldStopTheLadderWhenRunsAreLeftOrTheRateFallsBelowNinetyPercent() {
        assertTrue(StepResult.keptUp(100, 95, 0));
        assertFalse(StepResult.keptUp(100, 89, 0));
        assertFalse(StepResult.keptUp(100, 100, 1));
    }

    @Test
    void shouldCompareBestThroughputAndLightLoadMedianOfTheTwoSystems() {
        List<StepResult> results = List.of(
                step(Report.BATON, "open", 10, 10, 40), step(Report.BATON, "open", 100, 98, 60),
                step(Report.BATON, "closed", 32, 250, 120),
                step(Report.CONDUCTOR, "open", 10, 7, 6000), step(Report.CONDUCTOR, "closed", 32, 8, 9000));

        assertEquals("ratio Baton/Conductor: best wf/s 250 / 8.00 = 31.3x; light-load server p50 40.0 / 6000 = 0.00667x",
                Report.ratios(results, "seq3"));
    }

    @Test
    void shouldSetEachSystemsClosedLoopRowWritesAgainstPgbench() {
        List<StepResult> results = List.of(step(Report.BATON, "open", 10, 10, 40),
                step(Report.BATON, "closed", 32, 50, 120), step(Report.CONDUCTOR, "closed", 32, 25, 900));

        assertEquals("PostgreSQL rows written in the closed loop, share of pgbench's 10000/s: Baton 2000 rows/s (40.0 a "
                        + "workflow), 20.0 %; Conductor 1000 rows/s (40.0 a workflow), 10.0 %",
                Report.durableWrites(results, "seq3", 10_000));
    }

    @Test
    void shouldSayNotAvailableWhenOneSystemHasNoVerifiedRun() {
        assertEquals("ratio Baton/Conductor: best wf/s n/a; light-load server p50 n/a",
                Report.ratios(List.of(step(Report.BATON, "open", 10, 10, 40)), "seq3"));
    }

    @Test
    void shouldReadResidentMemoryFromProcStatus() {
        String status = "Name:\tjava\nVmPeak:\t 900000 kB\nVmRSS:\t  204800 kB\nRssAnon:\t 1000 kB\n";

        assertEquals(204800, ProcessMemory.rssKib(status));
        assertEquals(0, ProcessMemory.rssKib("Name:\tkthreadd\n"));
    }

    @Test
    void shouldMarkAServiceOverItsMemoryOrStartTargetAsMissed() {
        String table = Report.memory(Map.of(Report.BATON, Map.of("decider", 200.0, "kafka", 400.0)),
                Map.of(Report.BATON, Map.of("decider", 600.0, "kafka", 700.0)),
                Map.of(Report.BATON, Map.of("decider", 2.5)));

        assertTrue(table.contains("Baton     decider               200       600     2.50  MISSED"), table);
        assertTrue(table.contains("Baton     kafka                 400       700        -\n"), table);
    }

    private static StepResult step(String system, String mode, double offered, double rate, double p50) {
        return new StepResult(system, "seq3", mode, offered, 100, 100, 0, rate, rate * 3,
                new double[] {p50, p50, p50}, new double[] {p50, p50, p50}, 10, Map.of("decider", 1.0), 40, 60,
                rate * 40, "0.5", true);
    }
}
