package io.baton.bench.sidebyside;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.stream.Stream;

/** Named processes, each measured as itself plus all its descendants (PostgreSQL's postmaster and its backends). */
final class ProcessTrees {
    private ProcessTrees() {
    }

    /** Per name, the sum of {@code perPid} over the live process tree, in name order; ended processes are left out. */
    static Map<String, Long> sum(Map<String, Long> pids, LongUnaryOperator perPid) {
        Map<String, Long> sums = new LinkedHashMap<>();
        pids.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                ProcessHandle.of(entry.getValue()).ifPresent(root -> sums.put(entry.getKey(),
                        Stream.concat(Stream.of(root), root.descendants()).mapToLong(p -> perPid.applyAsLong(p.pid()))
                                .sum())));
        return sums;
    }
}
