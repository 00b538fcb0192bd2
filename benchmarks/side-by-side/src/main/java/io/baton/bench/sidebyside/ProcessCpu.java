package io.baton.bench.sidebyside;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU seconds used so far by named processes, each with all its descendants ({@link ProcessTrees}), from
 * {@code /proc/<pid>/stat}: utime + stime, plus cutime + cstime for children that already exited.
 */
final class ProcessCpu {
    /** USER_HZ: 100 on every Linux this runs on (it is fixed in the kernel's ABI for x86-64 and arm64). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> pids;

    ProcessCpu(Map<String, Long> pids) {
        this.pids = Map.copyOf(pids);
    }

    /** CPU seconds of each named process tree now. */
    Map<String, Double> snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        ProcessTrees.sum(pids, ProcessCpu::ticks).forEach((name, ticks) -> seconds.put(name, ticks / TICKS_PER_SECOND));
        return seconds;
    }

    /** after - before for each process present in both. */
    static Map<String, Double> used(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> {
            if (before.containsKey(name)) {
                used.put(name, seconds - before.get(name));
            }
        });
        return used;
    }

    /** Fields 14-17 of /proc/pid/stat, counted after the command name's closing parenthesis. */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state): utime is field 14, so index 11.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
    }

    private static long ticks(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between listing and reading
        }
    }
}
