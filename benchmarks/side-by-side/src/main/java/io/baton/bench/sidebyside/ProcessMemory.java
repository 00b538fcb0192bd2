package io.baton.bench.sidebyside;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resident memory (VmRSS of {@code /proc/<pid>/status}) of named processes, each summed with all its descendants the
 * way {@link ProcessCpu} counts CPU (PostgreSQL is its postmaster and every backend), in MiB; and a sampler that keeps
 * each process's peak while a step runs.
 */
final class ProcessMemory {
    private static final long SAMPLE_MILLIS = 1000;
    private final Map<String, Long> pids;

    ProcessMemory(Map<String, Long> pids) {
        this.pids = Map.copyOf(pids);
    }

    /** RSS in MiB of each named process tree now. */
    Map<String, Double> snapshot() {
        Map<String, Double> mib = new LinkedHashMap<>();
        ProcessTrees.sum(pids, ProcessMemory::rssKib).forEach((name, kib) -> mib.put(name, kib / 1024.0));
        return mib;
    }

    /** Samples every second while {@code work} runs and folds each process's largest RSS into {@code peak}. */
    <T> T samplingPeak(Map<String, Double> peak, Work<T> work) throws InterruptedException {
        Map<String, Double> seen = new ConcurrentHashMap<>(snapshot());
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                snapshot().forEach((name, mib) -> seen.merge(name, mib, Math::max));
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            return work.run();
        } finally {
            sampler.interrupt();
            sampler.join();
            snapshot().forEach((name, mib) -> seen.merge(name, mib, Math::max));
            seen.forEach((name, mib) -> peak.merge(name, mib, Math::max));
        }
    }

    /** A measured step. */
    interface Work<T> {
        T run() throws InterruptedException;
    }

    /** The VmRSS line of /proc/pid/status in KiB; 0 for a kernel thread or a process without one. */
    static long rssKib(String status) {
        return status.lines().filter(line -> line.startsWith("VmRSS:")).findFirst()
                .map(line -> Long.parseLong(line.substring("VmRSS:".length()).trim().split("\\s+")[0]))
                .orElse(0L);
    }

    private static long rssKib(long pid) {
        try {
            return rssKib(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between listing and reading
        }
    }
}
