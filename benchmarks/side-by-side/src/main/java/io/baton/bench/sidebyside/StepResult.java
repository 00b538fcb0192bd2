package io.baton.bench.sidebyside;

import java.util.Map;

/**
 * One measured step of one workload on one system.
 *
 * @param mode                "open" (offered is starts per second) or "closed" (offered is the clients in flight)
 * @param verified            runs that ended COMPLETED with the right output
 * @param workflowsPerSecond  verified runs / (latest endTime - earliest startTime)
 * @param serverMs            endTime - startTime of the verified runs: p50, p90, p99
 * @param clientMs            start request (or message) sent -> a GET saw it ended: p50, p90, p99
 * @param cpuSecondsPer1000   CPU seconds each process used in the step, per 1,000 verified workflows
 * @param rowsPerWorkflow     rows the system inserted, updated and deleted in its PostgreSQL database in the step, per
 *                            verified workflow
 * @param walKibPerWorkflow   WAL PostgreSQL wrote in the step, KiB per verified workflow
 * @param rowsPerSecond       rows written per second of the step
 * @param keptUp              every run ended within the drain bound and the rate reached 90 % of the offered one
 */
record StepResult(String system, String workload, String mode, double offered, int started, int verified,
                  int unfinished, double workflowsPerSecond, double transitionsPerSecond, double[] serverMs,
                  double[] clientMs, int clientSamples, Map<String, Double> cpuSecondsPer1000,
                  double rowsPerWorkflow, double walKibPerWorkflow, double rowsPerSecond, String loadAverage,
                  boolean keptUp) {

    /** What falls behind at a rate runs no higher step: the ladder's rule. */
    static boolean keptUp(double offeredRate, double achievedRate, int unfinished) {
        return unfinished == 0 && achievedRate >= 0.9 * offeredRate;
    }
}
