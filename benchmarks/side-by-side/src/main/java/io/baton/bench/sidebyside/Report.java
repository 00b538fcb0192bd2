package io.baton.bench.sidebyside;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The side-by-side tables: per workload, each system's steps in adjacent rows, then the ratios Baton / Conductor. */
final class Report {
    static final String BATON = "Baton";
    static final String CONDUCTOR = "Conductor";

    private Report() {
    }

    /**
     * @param pgbenchRowsPerSecond the rows per second pgbench wrote on the same server ({@link PhysicalLimits}): what
     *                             each system's closed loop is set against
     */
    static String tables(List<StepResult> results, List<String> workloads, List<String> notAvailable,
                         double pgbenchRowsPerSecond) {
        StringBuilder out = new StringBuilder();
        for (String workload : workloads) {
            Workload shape = Workload.named(workload);
            out.append(String.format(Locale.ROOT, "%n== %s: %s (%d task transitions each) ==%n", workload,
                    shape.description(), shape.tasksPerWorkflow()));
            out.append(String.format(Locale.ROOT, "%-9s %-6s %7s %6s %7s %8s  %-22s  %-22s %9s %7s %8s  %s%n", "system",
                    "load", "offered", "ok", "wf/s", "trans/s", "server p50/p90/p99 ms", "client p50/p90/p99 ms",
                    "cpu s/1k", "rows/wf", "WAL KiB", "cpu s/1k by process"));
            for (String system : List.of(BATON, CONDUCTOR)) {
                if (notAvailable.contains(system + "/" + workload)) {
                    out.append(String.format(Locale.ROOT, "%-9s n/a%n", system));
                }
                results.stream().filter(r -> r.system().equals(system) && r.workload().equals(workload))
                        .forEach(r -> out.append(row(r)).append('\n'));
            }
            out.append(ratios(results, workload)).append('\n');
            out.append(durableWrites(results, workload, pgbenchRowsPerSecond)).append('\n');
        }
        return out.toString();
    }

    static String row(StepResult r) {
        String offered = r.mode().equals("open") ? fmt(r.offered()) + "/s" : (int) r.offered() + " cl";
        return String.format(Locale.ROOT, "%-9s %-6s %7s %6d %7.1f %8.1f  %-22s  %-22s %9s %7s %8s  %s%s", r.system(),
                r.mode(), offered, r.verified(), r.workflowsPerSecond(), r.transitionsPerSecond(), triple(r.serverMs()),
                triple(r.clientMs()), fmt(total(r.cpuSecondsPer1000())), fmt(r.rowsPerWorkflow()),
                fmt(r.walKibPerWorkflow()), byProcess(r.cpuSecondsPer1000()),
                r.keptUp() ? "" : "  [fell behind" + (r.unfinished() > 0 ? ": " + r.unfinished() + " unfinished or wrong" : "") + "]");
    }

    /** The services issue 8's memory and start-up targets apply to. */
    static final List<String> SERVICES = List.of("workflow-api", "task-queue", "decider", "event-handlers");

    /**
     * Per system a line of total RSS, then per process its RSS at idle (up, before the warm-up) and its peak during
     * the closed-loop runs, its start-to-healthy time when measured, and for a Baton service whether it meets the
     * targets (idle under 256 MiB, peak under 512 MiB, start under 3 s).
     */
    static String memory(Map<String, Map<String, Double>> idleMib, Map<String, Map<String, Double>> peakMib,
                         Map<String, Map<String, Double>> startSeconds) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n== memory (RSS MiB of each process and its descendants) and start-to-healthy ==%n"));
        out.append(String.format(Locale.ROOT, "%-9s %-15s %9s %9s %8s  %s%n", "system", "process", "idle MiB",
                "peak MiB", "start s", "targets (service: idle < 256 MiB, peak < 512 MiB, start < 3 s)"));
        for (String system : idleMib.keySet()) {
            Map<String, Double> idle = idleMib.get(system);
            Map<String, Double> peak = peakMib.getOrDefault(system, Map.of());
            Map<String, Double> start = startSeconds.getOrDefault(system, Map.of());
            for (String process : idle.keySet()) {
                double peakValue = peak.getOrDefault(process, Double.NaN);
                double startValue = start.getOrDefault(process, Double.NaN);
                String verdict = !SERVICES.contains(process) ? ""
                        : idle.get(process) < 256 && !(peakValue >= 512) && !(startValue >= 3) ? "met" : "MISSED";
                out.append(String.format(Locale.ROOT, "%-9s %-15s %9s %9s %8s  %s", system, process,
                        fmt(idle.get(process)), fmt(peakValue), fmt(startValue), verdict).stripTrailing()).append('\n');
            }
            out.append(String.format(Locale.ROOT, "%-9s %-15s %9s %9s%n", system, "all", fmt(total(idle)),
                    fmt(total(peak))));
        }
        return out.toString();
    }

    /** Best verified throughput and light-load median of each system, and Baton's / Conductor's. */
    static String ratios(List<StepResult> results, String workload) {
        OptionalDouble batonBest = best(results, BATON, workload);
        OptionalDouble conductorBest = best(results, CONDUCTOR, workload);
        OptionalDouble batonLight = lightMedian(results, BATON, workload);
        OptionalDouble conductorLight = lightMedian(results, CONDUCTOR, workload);
        return String.format(Locale.ROOT, "ratio Baton/Conductor: best wf/s %s; light-load server p50 %s",
                ratio(batonBest, conductorBest), ratio(batonLight, conductorLight));
    }

    /**
     * Each system's PostgreSQL rows written per second in its closed loop, as a share of what pgbench wrote on the same
     * server: how close the system comes to the hardware's durable-write rate.
     */
    static String durableWrites(List<StepResult> results, String workload, double pgbenchRowsPerSecond) {
        List<String> parts = new ArrayList<>();
        for (String system : List.of(BATON, CONDUCTOR)) {
            results.stream().filter(r -> r.system().equals(system) && r.workload().equals(workload)
                            && r.mode().equals("closed") && r.verified() > 0)
                    .findFirst()
                    .ifPresent(r -> parts.add(String.format(Locale.ROOT, "%s %s rows/s (%s a workflow), %.1f %%",
                            system, fmt(r.rowsPerSecond()), fmt(r.rowsPerWorkflow()),
                            100 * r.rowsPerSecond() / pgbenchRowsPerSecond)));
        }
        return String.format(Locale.ROOT, "PostgreSQL rows written in the closed loop, share of pgbench's %s/s: %s",
                fmt(pgbenchRowsPerSecond), parts.isEmpty() ? "n/a" : String.join("; ", parts));
    }

    static String ratio(OptionalDouble baton, OptionalDouble conductor) {
        if (baton.isEmpty() || conductor.isEmpty() || conductor.getAsDouble() == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%s / %s = %.3gx", fmt(baton.getAsDouble()), fmt(conductor.getAsDouble()),
                baton.getAsDouble() / conductor.getAsDouble());
    }

    private static OptionalDouble best(List<StepResult> results, String system, String workload) {
        return results.stream().filter(r -> r.system().equals(system) && r.workload().equals(workload)
                && r.verified() > 0).mapToDouble(StepResult::workflowsPerSecond).max();
    }

    /** Server-side median at the lowest open-loop rate. */
    private static OptionalDouble lightMedian(List<StepResult> results, String system, String workload) {
        return results.stream().filter(r -> r.system().equals(system) && r.workload().equals(workload)
                        && r.mode().equals("open") && r.verified() > 0)
                .min((a, b) -> Double.compare(a.offered(), b.offered()))
                .map(r -> OptionalDouble.of(r.serverMs()[0])).orElse(OptionalDouble.empty());
    }

    static double total(Map<String, Double> perProcess) {
        return perProcess.values().stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).sum();
    }

    private static String byProcess(Map<String, Double> perProcess) {
        Map<String, Double> sorted = new LinkedHashMap<>();
        perProcess.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted.entrySet().stream().map(e -> e.getKey() + " " + fmt(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String triple(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double value : values) {
            parts.add(fmt(value));
        }
        return String.join("/", parts);
    }

    /** Three significant digits at most, "-" for no value. */
    static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
